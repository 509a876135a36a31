package org.rapport.meetings;

import java.io.Serializable;

/**
 * What a reorder did: {@code merged} when the list had changed since the screen read it (another tab) and the
 * submitted order was merged with it, {@code lifted} when must-ask items were kept above the time line.
 */
public record RankResult(boolean merged, boolean lifted) implements Serializable {
}
