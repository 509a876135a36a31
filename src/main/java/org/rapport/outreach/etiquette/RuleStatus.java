package org.rapport.outreach.etiquette;

/** How a draft fares against one etiquette rule. */
public enum RuleStatus {
    PASS,
    FAIL,
    /** The rule does not speak to this draft (no referrer, not an e-mail, same time zone). */
    NOT_APPLICABLE
}
