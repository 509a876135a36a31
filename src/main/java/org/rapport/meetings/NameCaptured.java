package org.rapport.meetings;

/**
 * Fired (synchronously, inside the capturing transaction) when a name is captured in a meeting that has already
 * been held, so it becomes a referral straight away.
 */
public record NameCaptured(long nameId) {
}
