package org.rapport.meetings;

/**
 * Fired (synchronously, inside the marking transaction) when the student marks a meeting held: the names captured
 * in it become referrals, and a referral to this connector has reached its goal.
 */
public record MeetingHeld(long meetingId) {
}
