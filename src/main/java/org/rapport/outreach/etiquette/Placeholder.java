package org.rapport.outreach.etiquette;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The words in braces an office template may hold, and what each is filled with. Values are plain text as they
 * should read in the message; a template line whose placeholder has no value is left out (see
 * {@link TemplateFiller}), so each optional fact sits on a line of its own.
 */
public enum Placeholder {
    /** The connector's full name, as written after "Dear". */
    CONNECTOR_NAME("connectorName"),
    CONNECTOR_FIRST_NAME("connectorFirstName"),
    /** The full name of the person who referred the student to the connector (or, in an update, the referrer). */
    REFERRER_NAME("referrerName"),
    STUDENT_NAME("studentName"),
    STUDENT_FIRST_NAME("studentFirstName"),
    COLLEGE("college"),
    MAJOR("major"),
    /** The connector's organisation. */
    ORGANISATION("organisation"),
    /** What the student shares with the connector, as a phrase ("we both studied history at Millbrook"). */
    SHARED_INTEREST("sharedInterest"),
    /** A finding from the student's research, as a sentence in their own words. */
    RESEARCH_FINDING("researchFinding"),
    /** A news item the student noted for the connector. */
    NEWS("news"),
    /** The length asked for, as a number of minutes ("20"); templates write "{minutes} minutes". */
    MINUTES("minutes"),
    /** The times the student offers, in the connector's time zone with the zone named; a list, one "- " line each. */
    WINDOWS("windows"),
    /** The agreed date and time, with the time zone named. */
    MEETING_TIME("meetingTime"),
    /** Where the meeting is, or the number to call. */
    MEETING_PLACE("meetingPlace"),
    STUDENT_MOBILE("studentMobile"),
    /** The next steps the student will take after the meeting; a list, one "- " line each. */
    NEXT_STEPS("nextSteps"),
    /** What the student achieved, as a short phrase ("Offer accepted (Northwind Health)"). */
    OUTCOME("outcome"),
    /** The people a referrer offered to introduce the student to; a list, one "- " line each. */
    INTRODUCTIONS("introductions");

    private static final Map<String, Placeholder> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(placeholder -> placeholder.name, Function.identity()));

    private final String name;

    Placeholder(String name) {
        this.name = name;
    }

    /** The placeholder as written in a template: {@code {connectorName}}. */
    public String token() {
        return "{" + name + "}";
    }

    /** The placeholder written as {@code {word}}, matched exactly (case counts). */
    static Optional<Placeholder> named(String word) {
        return Optional.ofNullable(BY_NAME.get(word));
    }
}
