package org.rapport.outreach.lifecycle;

import org.rapport.calendar.MeetingTimes;

/**
 * The office's setting {@code rapport.confirm.days.before}: how many days before a meeting the student confirms it.
 * Only one or two days make sense (the guidance says "a day or two before"); anything else falls back to two.
 */
public final class ConfirmationSetting {

    /** The notice used when the setting is missing or out of range. */
    public static final int DEFAULT_DAYS = MeetingTimes.MAX_CONFIRMATION_DAYS;

    private ConfirmationSetting() {
    }

    /** The configured number of days when it is 1 or 2, otherwise {@link #DEFAULT_DAYS}. */
    public static int daysBefore(String configured) {
        if (configured == null) {
            return DEFAULT_DAYS;
        }
        try {
            int days = Integer.parseInt(configured.strip());
            return isAllowed(days) ? days : DEFAULT_DAYS;
        } catch (NumberFormatException notANumber) {
            return DEFAULT_DAYS;
        }
    }

    /** Whether the configured text is a notice the office may choose (so a fallback needs no warning). */
    public static boolean isValid(String configured) {
        try {
            return configured != null && isAllowed(Integer.parseInt(configured.strip()));
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static boolean isAllowed(int days) {
        return days >= MeetingTimes.MIN_CONFIRMATION_DAYS && days <= MeetingTimes.MAX_CONFIRMATION_DAYS;
    }
}
