package org.rapport.people;

import jakarta.enterprise.context.RequestScoped;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongPredicate;

/**
 * Whether the signed-in advisor has a student on their caseload, remembered for one request: a page that pages
 * through a student's list asks several times, and the answer cannot change within the request.
 */
@RequestScoped
public class CaseloadDecisions {

    private final Map<Long, Boolean> decided = new HashMap<>();

    boolean decide(long studentId, LongPredicate ask) {
        return decided.computeIfAbsent(studentId, ask::test);
    }
}
