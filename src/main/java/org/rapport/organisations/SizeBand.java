package org.rapport.organisations;

/** Head-count band of an organisation, the way career guides describe employers. */
public enum SizeBand {
    /** 1 to 9 people. */
    MICRO,
    /** 10 to 49 people. */
    SMALL,
    /** 50 to 249 people. */
    MEDIUM,
    /** 250 to 999 people. */
    LARGE,
    /** 1,000 people or more. */
    ENTERPRISE;

    public String messageKey() {
        return "organisation.sizeBand." + name();
    }
}
