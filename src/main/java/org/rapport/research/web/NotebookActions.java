package org.rapport.research.web;

import org.rapport.platform.BusinessException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.web.Messages;
import org.rapport.research.NotebookException;

/**
 * How the notebook's screens run a change: a refusal is shown in the office's words (next to the field it concerns,
 * when the rule names one), and a change someone saved meanwhile shows the conflict message while the form keeps
 * what the person typed.
 */
final class NotebookActions {

    private static final String CONFLICT = "notebook.conflict";

    private NotebookActions() {
    }

    /** Runs {@code change}; returns whether it went through, otherwise says why on the form {@code formId}. */
    static boolean attempt(String formId, Runnable change) {
        try {
            change.run();
            return true;
        } catch (ConcurrentChangeException conflict) {
            Messages.error(null, new NotebookException(CONFLICT));
        } catch (NotebookException refused) {
            Messages.error(refused.getField() == null ? null : formId + ":" + refused.getField(), refused);
        } catch (BusinessException refused) {
            Messages.error(null, refused);
        } catch (RuntimeException e) {
            // Two saves at the very same moment: the version check at commit refuses the second.
            if (!ConcurrentChangeException.causedBy(e)) {
                throw e;
            }
            Messages.error(null, new NotebookException(CONFLICT));
        }
        return false;
    }
}
