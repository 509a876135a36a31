package org.rapport.platform;

import java.io.Serializable;

/**
 * The record asked for does not exist, or the person asking may not know that it does. Screens show the
 * "not found" page for it, so a tampered id reveals nothing.
 */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String what, Serializable id) {
        super("error.notFound", what, id);
    }
}
