package org.rapport.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.rapport.platform.BusinessException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.InvalidFieldException;

/**
 * How screens run a change: a refusal is shown in the office's words (next to the field it concerns, when the rule
 * names one), and a change someone saved meanwhile shows the feature's conflict message while the form keeps what
 * the person typed (nothing is reset on failure). A form's cross-field check refused by the service's parameter
 * validation is shown next to the field it names.
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
        } catch (ConstraintViolationException invalid) {
            // A cross-field check of a form ({@code isXValid()}) that only the service's parameter validation runs:
            // shown next to field x, in the validator's words.
            for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                FacesContext.getCurrentInstance().addMessage(formId + ":" + field(violation.getPropertyPath()),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, violation.getMessage(), violation.getMessage()));
            }
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

    /** The form field a violation names: the last node of its path, without an {@code isXValid} check's suffix. */
    private static String field(Path path) {
        String name = "";
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name.endsWith("Valid") ? name.substring(0, name.length() - "Valid".length()) : name;
    }
}
