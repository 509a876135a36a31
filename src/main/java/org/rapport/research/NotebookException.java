package org.rapport.research;

import java.io.Serializable;
import org.rapport.platform.BusinessException;

/**
 * A notebook rule the person's input breaks (an unknown organisation, a reversed salary range, an outcome the
 * hypothesis's status does not allow). It may name the form field it concerns, so the screen can show the message
 * next to that field.
 */
public class NotebookException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public NotebookException(String messageKey, Serializable... arguments) {
        this(null, messageKey, arguments);
    }

    public NotebookException(String field, String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** The id of the input the message belongs next to; {@code null} for the whole form. */
    public String getField() {
        return field;
    }
}
