package org.rapport.platform;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A rule of the career office that the user's request breaks. It carries a resource-bundle key (and
 * arguments) so the screen can say what went wrong in the office's own words; it is never shown as a stack trace.
 */
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final Serializable[] arguments;

    public BusinessException(String messageKey, Serializable... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Serializable[] getArguments() {
        return arguments.clone();
    }
}
