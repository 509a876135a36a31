package org.rapport.connectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.rapport.platform.Require;

/**
 * One interest a connector values, marked by the student, with a short note of the evidence ("schedule full
 * months ahead"). Part of its connector: changing it changes the connector's version.
 */
@Embeddable
public class MarkedInterest implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int EVIDENCE_LENGTH = 200;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "interest", length = 20, nullable = false)
    private ConnectorInterest interest;

    @Column(name = "evidence", length = EVIDENCE_LENGTH)
    private String evidence;

    protected MarkedInterest() {
        // for JPA
    }

    public MarkedInterest(ConnectorInterest interest, String evidence) {
        this.interest = Require.present(interest, "interest");
        this.evidence = Require.optionalText(evidence, EVIDENCE_LENGTH, "evidence");
    }

    public ConnectorInterest getInterest() {
        return interest;
    }

    public String getEvidence() {
        return evidence;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarkedInterest that && that.interest == interest
                && Objects.equals(that.evidence, evidence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(interest, evidence);
    }
}
