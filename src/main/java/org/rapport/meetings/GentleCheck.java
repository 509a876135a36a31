package org.rapport.meetings;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The gentle checks on a question list, each with what it looks for and, in the bundle, a plain explanation
 * ({@code meeting.check.<NAME>}) and a suggestion ({@code meeting.check.<NAME>.fix}). The wording patterns are
 * data: adding a phrase to a check is adding a pattern here, and {@code QuestionChecksTest} holds the corpus they
 * are tried on.
 */
public enum GentleCheck {

    /** The stock opener, used as is: it reads as if the student had not looked the person up. */
    STOCK_OPENER(List.of(
            "\\bhow (did )?you (got|get|landed|land) (your|this|the) (current )?(job|role|position)\\b",
            "\\bhow (did )?you (got|get) (started|into this)\\b")),

    /** Asks for a job, a position, an opening, an internship or a résumé to be passed on. */
    ASKS_FOR_JOB(List.of(
            "\\b(are|is) (you|your (team|company|organi[sz]ation|firm|department)) hiring\\b",
            "\\b(hire|employ|recruit) me\\b",
            "\\b(give|offer|get|find) me (a|an) (job|position|role|internship|placement|interview)\\b",
            "\\b(any|open|current) (jobs?|positions?|openings?|vacanc(y|ies)|internships?)\\b",
            "\\bjob (openings?|offers?)\\b",
            "\\b(forward|pass on|send on|look at) my (cv|r[eé]sum[eé])\\b",
            "\\brefer me (for|to) (a|an|the) (job|position|role|opening)\\b",
            "\\b(apply|applying) (for|to) (a|an|the|your) (job|position|role|opening)\\b")),

    /** A broad strategy question put to a peer, who is rarely the one to answer it. */
    TOO_BROAD_FOR_LEVEL(List.of(
            "\\bstrateg(y|ic|ies)\\b",
            "\\b(five|5|ten|10) years\\b",
            "\\bfuture of (the|this) (industry|field|sector|profession)\\b",
            "\\bdirection of (the|this|your) (company|organi[sz]ation|industry|firm)\\b",
            "\\b(long[- ]term )?vision\\b")),

    /** A narrow practical question put to a senior person, whose time is better spent on the broad picture. */
    TOO_NARROW_FOR_LEVEL(List.of(
            "\\b(what|which) (software|tools?|programs?|apps?)\\b",
            "\\bwhat time do you (start|finish|arrive|leave)\\b",
            "\\bdress code\\b",
            "\\btypical (day|week) for (a|an) (new|junior|entry)",
            "\\b(lunch|parking|commute)\\b")),

    /** The questions take longer than the time the student asked for. */
    OVER_TIME(List.of()),

    /** Neither competitive feedback nor referrals is on the list: the two things most worth leaving with. */
    MUST_ASK_MISSING(List.of());

    private final List<Pattern> patterns;

    GentleCheck(List<String> regexes) {
        this.patterns = regexes.stream()
                .map(regex -> Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
                .toList();
    }

    /** Whether the wording matches one of this check's patterns. */
    public boolean matches(String text) {
        if (text == null) {
            return false;
        }
        String normalised = text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ");
        return patterns.stream().anyMatch(pattern -> pattern.matcher(normalised).find());
    }

    public String messageKey() {
        return "meeting.check." + name();
    }

    public String fixKey() {
        return "meeting.check." + name() + ".fix";
    }
}
