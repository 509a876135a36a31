package org.rapport.outreach.etiquette;

import java.io.Serializable;
import java.util.List;
import org.rapport.connectors.ConnectorInterest;

/**
 * The checker's verdict on a draft: every rule in order, and the connector's marked interests as hints (each
 * interest's suggestion is in the bundle under {@code interest.<NAME>.suggestion}). The summary reads
 * "{@link #passed()} of {@link #applicable()} checks pass".
 */
public record EtiquetteReport(List<RuleResult> results, List<ConnectorInterest> interestHints)
        implements Serializable {

    public EtiquetteReport {
        results = List.copyOf(results);
        interestHints = interestHints == null ? List.of() : List.copyOf(interestHints);
    }

    /** How many rules the draft passes. */
    public long passed() {
        return results.stream().filter(result -> result.status() == RuleStatus.PASS).count();
    }

    /** How many rules speak to this draft at all. */
    public long applicable() {
        return results.stream().filter(result -> result.status() != RuleStatus.NOT_APPLICABLE).count();
    }

    /** The rules the draft fails, in rule order. */
    public List<RuleResult> failures() {
        return results.stream().filter(result -> result.status() == RuleStatus.FAIL).toList();
    }

    public boolean allPass() {
        return results.stream().noneMatch(result -> result.status() == RuleStatus.FAIL);
    }
}
