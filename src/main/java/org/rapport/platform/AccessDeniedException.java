package org.rapport.platform;

import java.io.Serializable;

/**
 * The signed-in person's role or relationship does not allow this. Services throw it before touching the
 * record; screens show the "no access" page (HTTP 403) and never the data.
 */
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String what, Serializable id) {
        super("error.accessDenied", what, id);
    }
}
