package org.rapport.people;

/** The season of an academic term; shown through the bundle key {@code season.<NAME>}. */
public enum Season {
    SPRING,
    SUMMER,
    FALL,
    WINTER;

    public String messageKey() {
        return "season." + name();
    }
}
