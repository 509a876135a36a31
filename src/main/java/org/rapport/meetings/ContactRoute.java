package org.rapport.meetings;

/**
 * How the first contact happens: the student writes directly, or the referrer introduces them first (then the
 * student checks back after a week to ten days). Bundle key {@code referral.route.<NAME>}.
 */
public enum ContactRoute {
    DIRECT,
    INTRODUCTION;

    public String messageKey() {
        return "referral.route." + name();
    }
}
