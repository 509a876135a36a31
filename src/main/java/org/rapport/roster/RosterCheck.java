package org.rapport.roster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The result of checking a whole roster file: the rows that are fine, every problem found, and (once the
 * database was consulted) how many rows add a student and how many update one.
 */
public record RosterCheck(List<RosterRow> rows, List<RosterProblem> problems, int newStudents, int updatedStudents)
        implements Serializable {

    public RosterCheck {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public boolean isClean() {
        return problems.isEmpty() && !rows.isEmpty();
    }

    RosterCheck withCounts(List<RosterProblem> moreProblems, int newCount, int updateCount) {
        List<RosterProblem> all = new ArrayList<>(problems);
        all.addAll(moreProblems);
        all.sort(Comparator.comparingLong(RosterProblem::line));
        return new RosterCheck(rows, all, newCount, updateCount);
    }
}
