package org.rapport.outreach.etiquette;

import java.io.Serializable;
import java.util.Objects;

/** One rule's verdict on a draft, with the phrase that failed it ({@code null} when none can be pointed at). */
public record RuleResult(EtiquetteRule rule, RuleStatus status, String evidence) implements Serializable {

    public RuleResult {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
    }

    static RuleResult pass(EtiquetteRule rule) {
        return new RuleResult(rule, RuleStatus.PASS, null);
    }

    static RuleResult fail(EtiquetteRule rule, String evidence) {
        return new RuleResult(rule, RuleStatus.FAIL, evidence);
    }

    static RuleResult notApplicable(EtiquetteRule rule) {
        return new RuleResult(rule, RuleStatus.NOT_APPLICABLE, null);
    }

    static RuleResult passIf(EtiquetteRule rule, boolean passes, String evidence) {
        return passes ? pass(rule) : fail(rule, evidence);
    }
}
