package org.rapport.research;

import java.io.Serializable;
import org.rapport.platform.InvalidFieldException;

/**
 * A notebook rule the person's input breaks (an unknown organisation, a reversed salary range, an outcome the
 * hypothesis's status does not allow). It may name the form field it concerns, so the screen can show the message
 * next to that field.
 */
public class NotebookException extends InvalidFieldException {

    private static final long serialVersionUID = 1L;

    public NotebookException(String messageKey, Serializable... arguments) {
        super(null, messageKey, arguments);
    }

    public NotebookException(String field, String messageKey, Serializable... arguments) {
        super(field, messageKey, arguments);
    }
}
