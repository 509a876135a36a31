package org.rapport.research;

/** What a salary figure is paid for: a year of work or an hour of it. */
public enum PayPeriod {
    YEAR,
    HOUR;

    public String messageKey() {
        return "notebook.period." + name();
    }
}
