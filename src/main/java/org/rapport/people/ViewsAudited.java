package org.rapport.people;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashSet;
import java.util.Set;

/**
 * The student views already written to the audit log in this request: a page whose sections each load the same
 * student's data (a meeting page: its plan, its feedback, its lifecycle) is one view, so it is one audit row.
 */
@RequestScoped
public class ViewsAudited {

    private final Set<String> recorded = new HashSet<>();

    /** Whether this is the request's first view of {@code what} of this student (and remembers it). */
    boolean first(long studentId, String what) {
        return recorded.add(studentId + ":" + what);
    }
}
