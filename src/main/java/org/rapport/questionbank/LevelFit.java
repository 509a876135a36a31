package org.rapport.questionbank;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import org.rapport.connectors.ConnectorLevel;

/**
 * The connector levels a question suits. A question that suits seniors but not peers is a broad, strategic one; a
 * question that suits peers but not seniors is a narrow, practical one. Asked of the wrong level, the first puts a
 * junior person on the spot and the second wastes a senior person's time.
 */
@Embeddable
public class LevelFit implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "fit_peer")
    private Boolean peer;

    @Column(name = "fit_mid_career")
    private Boolean midCareer;

    @Column(name = "fit_senior")
    private Boolean senior;

    protected LevelFit() {
        // for JPA
    }

    public LevelFit(boolean peer, boolean midCareer, boolean senior) {
        if (!peer && !midCareer && !senior) {
            throw new IllegalArgumentException("a question suits at least one level");
        }
        this.peer = peer;
        this.midCareer = midCareer;
        this.senior = senior;
    }

    /** A question for everyone. */
    public static LevelFit any() {
        return new LevelFit(true, true, true);
    }

    public boolean suits(ConnectorLevel level) {
        return switch (level) {
            case PEER -> isPeer();
            case MID_CAREER -> isMidCareer();
            case SENIOR -> isSenior();
        };
    }

    /** Strategic: suits seniors, not peers. */
    public boolean isBroad() {
        return isSenior() && !isPeer();
    }

    /** Practical detail: suits peers, not seniors. */
    public boolean isNarrow() {
        return isPeer() && !isSenior();
    }

    public boolean isPeer() {
        return Boolean.TRUE.equals(peer);
    }

    public boolean isMidCareer() {
        return Boolean.TRUE.equals(midCareer);
    }

    public boolean isSenior() {
        return Boolean.TRUE.equals(senior);
    }

    /** Whether the three columns hold a fit at all (an embedded fit read from all-NULL columns does not). */
    public boolean isKnown() {
        return peer != null && midCareer != null && senior != null;
    }
}
