package org.rapport.research;

/** The kinds of part a note holds, as a screen names them when it removes one. */
public enum PartKind {
    SOURCE(NoteSource.class),
    FINDING(Finding.class),
    HYPOTHESIS(Hypothesis.class),
    NEWS(NewsItem.class),
    SALARY(SalaryFinding.class);

    private final Class<? extends NotePart> type;

    PartKind(Class<? extends NotePart> type) {
        this.type = type;
    }

    Class<? extends NotePart> type() {
        return type;
    }
}
