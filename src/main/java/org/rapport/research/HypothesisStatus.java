package org.rapport.research;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a hypothesis stands after the meetings so far. The allowed moves:
 * <ul>
 * <li>{@code OPEN} → {@code CONFIRMED}, {@code REFUTED} or {@code REFINED}: a meeting settled or sharpened it;</li>
 * <li>{@code REFINED} → {@code CONFIRMED}, {@code REFUTED} or {@code REFINED} again: the sharper claim is tested
 * in turn;</li>
 * <li>{@code CONFIRMED} or {@code REFUTED} → {@code OPEN}: new evidence reopens a settled question. A settled
 * hypothesis is never flipped straight to the opposite verdict, so the history shows the doubt that came first.</li>
 * </ul>
 */
public enum HypothesisStatus {
    OPEN,
    CONFIRMED,
    REFUTED,
    REFINED;

    /** The statuses this one may move to. */
    public Set<HypothesisStatus> next() {
        return switch (this) {
            case OPEN, REFINED -> EnumSet.of(CONFIRMED, REFUTED, REFINED);
            case CONFIRMED, REFUTED -> EnumSet.of(OPEN);
        };
    }

    public boolean canMoveTo(HypothesisStatus target) {
        return target != null && next().contains(target);
    }

    /** Whether meetings have settled the question (until it is reopened). */
    public boolean isSettled() {
        return this == CONFIRMED || this == REFUTED;
    }

    public String messageKey() {
        return "notebook.status." + name();
    }
}
