package org.rapport.meetings;

/** Whether the student may name the referrer when contacting the person. Bundle key {@code referral.name.<NAME>}. */
public enum NamePermission {
    YES,
    NO,
    NOT_ASKED;

    public String messageKey() {
        return "referral.name." + name();
    }
}
