package org.rapport.platform;

import java.io.Serializable;

/**
 * A business rule about one field of a form (an organisation that does not exist, a referrer that would make a
 * loop): the screen shows the message next to that field.
 */
public class InvalidFieldException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidFieldException(String field, String messageKey, Serializable... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    /** The form property the message belongs to, e.g. {@code organisationName}. */
    public String getField() {
        return field;
    }
}
