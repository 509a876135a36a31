package org.rapport.people;

/** Where a student is in their programme; shown through the bundle key {@code classYear.<NAME>}. */
public enum ClassYear {
    FIRST_YEAR,
    SECOND_YEAR,
    THIRD_YEAR,
    FINAL_YEAR,
    GRADUATE;

    public String messageKey() {
        return "classYear." + name();
    }
}
