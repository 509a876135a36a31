package org.rapport.platform.web;

import org.rapport.platform.BusinessException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.InvalidFieldException;

/**
 * How screens run a change: a refusal is shown in the office's words (next to the field it concerns, when the rule
 * names one), and a change someone saved meanwhile shows the feature's conflict message while the form keeps what
 * the person typed (nothing is reset on failure).
 */
public final class FormActions {

    private FormActions() {
    }

    /**
     * Runs {@code change}; returns whether it went through, otherwise says why on the form {@code formId}, with
     * {@code conflictKey} for a concurrent change.
     */
    public static boolean attempt(String formId, String conflictKey, Runnable change) {
        try {
            change.run();
            return true;
        } catch (ConcurrentChangeException conflict) {
            Messages.error(null, new BusinessException(conflictKey));
        } catch (InvalidFieldException refused) {
            Messages.error(refused.getField() == null ? null : formId + ":" + refused.getField(), refused);
        } catch (BusinessException refused) {
            Messages.error(null, refused);
        } catch (RuntimeException e) {
            // Two saves at the very same moment: the version check at commit refuses the second.
            if (!ConcurrentChangeException.causedBy(e)) {
                throw e;
            }
            Messages.error(null, new BusinessException(conflictKey));
        }
        return false;
    }
}
