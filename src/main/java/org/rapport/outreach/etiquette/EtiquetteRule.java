package org.rapport.outreach.etiquette;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The named rules of the career office's guidance for asking someone for a meeting, each with a name, a plain
 * explanation of why it matters and one concrete fix in the bundle ({@code etiquette.<NAME>.name},
 * {@code .explain}, {@code .fix}). The wording each rule looks for is data on the constant: phrases that fail it,
 * phrases that pass it, and spans that exempt a failing phrase (a disclaimer such as "I am not asking for a job").
 * {@link EtiquetteChecker} decides what each rule does with them; {@code EtiquetteCheckerTest} holds the corpus.
 */
public enum EtiquetteRule {

    /** The person who referred the student is named in the first two sentences. Read by the checker. */
    REFERRER_EARLY(List.of(), List.of(), List.of()),

    /** Wording that assumes a yes, dictates the days, or tells the connector what to do. */
    NOT_PRESUMPTUOUS(List.of(
            "\\bwhen (can|shall|will|should) we (meet|talk|speak|get together)\\b",
            "\\b(in town|in the area|in your area|in the city|visiting|passing through|monday|tuesday|wednesday"
                    + "|thursday|friday|saturday|sunday|tomorrow|next week|\\d{1,2}(st|nd|rd|th)"
                    + "|\\d{1,2} (jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\\b.{0,200}?"
                    + "\\blet me know (which|what) (day|date|time|of these)",
            "\\bI('ll| will| shall| am going to|'m going to) (call|phone|ring|telephone) you\\b",
            "\\bI('ll| will) (come|stop|drop) (by|round|over)\\b",
            "\\b(only|just) (available|free) on\\b",
            "\\bexpect (my|a|our) (call|visit|e-?mail)\\b",
            "\\bsee you (on|at|then|next|tomorrow|soon)\\b",
            "(?<!would )(?<!'d )\\blook(ing)? forward to (meeting|seeing|speaking (with|to)|talking (with|to)"
                    + "|our (meeting|call|conversation|chat))\\b",
            "\\bplease confirm\\b",
            "\\byou must (?!be\\b|have\\b)",
            "\\bI need you to\\b",
            "\\b(reply|respond|answer|get back to me) by (monday|tuesday|wednesday|thursday|friday|saturday"
                    + "|sunday|tomorrow|the end|\\d)"),
            List.of(), List.of()),

    /** Asking for a job, a position, an opening or an internship, or sending a résumé, unless disclaimed. */
    NO_JOB_ASK(List.of(
            "\\b(are|is) (you|your (team|company|organi[sz]ation|firm|department|group|office)|there anyone"
                    + "|anyone) (currently |still )?hiring\\b",
            "\\b(hire|hiring|employ|recruit|recruiting) me\\b",
            "\\b(give|offer|get|find) me (a|an) (job|position|role|internship|placement|interview)\\b",
            "\\b(any|open|available) (jobs?|positions?|openings?|vacanc(y|ies)|internships?)\\b",
            "\\bcurrent (openings|vacancies|job openings)\\b",
            "\\bjob (openings?|offers?|vacanc(y|ies)|requests?)\\b",
            "\\binternship offers?\\b",
            "\\b(ask|asking|looking|hoping|apply|applying|searching|seeking|interested|request|requesting)( you)?"
                    + " (for|about|in) (a |an |any |your )?(jobs?|positions?|openings?|vacanc(y|ies)|internships?)\\b",
            "\\b(ask|asking|apply|applying|request|requesting)( you)? to (a|an|any|your) (jobs?|positions?"
                    + "|openings?|vacanc(y|ies)|internships?)\\b",
            "\\b(looking|hoping|searching|asking) for (employment|work)\\b",
            "\\bseeking (employment|work)\\b",
            "\\b(attach(ed|ing)?|enclos(ed|ing)|includ(ed|ing)) (herewith |below |here )?(is |are )?"
                    + "(my|a copy of my|a|the) (cv|r[eé]sum[eé]s?)\\b",
            "\\b(cv|r[eé]sum[eé]) (is |are )?(attached|enclosed|included|below)\\b",
            "\\b(forward|pass on|send on|send you|look at|share|review|circulate) my (cv|r[eé]sum[eé])\\b",
            "\\b(refer|put|recommend) me (forward )?(for|to) (a|an|the) (job|position|role|opening)\\b"),
            List.of(),
            List.of("(\\bnot|n't|\\bnever) (be |been )?(asking|looking|writing|seeking|hoping|here|trying|expecting"
                    + "|expect|after|about|a|an|requesting|interested in|applying|contacting|reaching out)\\b"
                    + "(?:(?!\\b(but|however|although|though|yet)\\b)[^.!?;:,]){0,80}")),

    /** The introduction (the first paragraph after the greeting) is four sentences or fewer. Read by the checker. */
    BRIEF_INTRODUCTION(List.of(), List.of(), List.of()),

    /** The whole draft is short enough to be read (or heard) at once. Read by the checker. */
    BRIEF_OVERALL(List.of(), List.of(), List.of()),

    /** The draft thanks the connector or shows gratitude. */
    GRATITUDE(List.of(), List.of("\\bthank", "\\bgrateful\\b", "\\bgratitude\\b", "\\bappreciat"), List.of()),

    /** The draft defers to the connector's schedule or offers to come to them or to call. */
    DEFERENCE(List.of(), List.of(
            "\\b(at|to) your (earliest )?convenience\\b",
            "\\bwhenever (it )?(suits|works for|is (convenient|easiest|easier|best|good) for) you\\b",
            "\\b(suits|suit|suited to) you\\b",
            "\\bworks? (best )?for you\\b",
            "\\b(fits?|suits?|fits? in with|fits? around|works? around|working around|fitting in with) your "
                    + "(schedule|diary|calendar|availability|day|week|time)\\b",
            "\\b(convenient|easiest|easier|best|better|good) for you\\b",
            "\\b(come|travel) to (you|your (office|workplace|building|area))\\b",
            "\\bmeet (you )?(wherever|near (you|your)|at your (office|workplace))\\b",
            "\\bwherever (is|would be|suits|works)\\b",
            "\\b(happy|glad|pleased|able) to (call|phone|ring)\\b",
            "\\bI (can|could) (call|phone|ring) you\\b",
            "\\bif you('d| would)? prefer\\b",
            "\\bof your choosing\\b"),
            List.of()),

    /** The draft asks for a specific short time, ten to thirty minutes; an hour or more fails it. */
    SHORT_ASK(
            List.of(
                    "\\b(3[1-9]|[4-9]\\d|\\d{3,}) ?(-minute|minutes?|mins?)\\b",
                    "\\b(forty|fifty|sixty|seventy|eighty|ninety)([- ][a-z]+)?[- ](minutes?|mins?)\\b",
                    "(?<!half )(?<!half-)(?<!quarter of )(?<!quarters of )\\b(an|one|1|a full|a couple of|a few"
                            + "|couple of|two|2|three|3|several|1\\.5|one and a half)[- ]hours?\\b",
                    "\\bhour[- ]long\\b"),
            List.of(
                    "\\b(1\\d|2\\d|30) ?(-minute|minutes?|mins?)\\b",
                    "\\b(ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty"
                            + "|twenty[- ](one|two|three|four|five|six|seven|eight|nine)|thirty)"
                            + "[- ](minutes?|mins?)\\b",
                    "\\bquarter of an hour\\b",
                    "\\bquarter[- ]hour\\b",
                    "\\bhalf (an )?hour\\b",
                    "\\bhalf-hour\\b"),
            List.of()),

    /**
     * When the zones differ, a clock time in the draft (the failing wording) is given with a time zone (the
     * passing wording): a zone id, an abbreviation, "your time", "time zone".
     */
    TIME_ZONE(
            List.of(
                    "\\b([01]?\\d|2[0-3]):[0-5]\\d\\b",
                    "\\b(1[0-2]|0?[1-9])([:.][0-5]\\d)? ?(am|pm|a\\.m\\.|p\\.m\\.)(?!\\p{L})",
                    "\\b(noon|midday|midnight)\\b",
                    "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}) o'clock\\b"),
            List.of(
                    "\\b(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific|Etc)/[a-z_]+",
                    "(?-i)\\b(UTC|GMT|BST|IST|WET|WEST|CET|CEST|EET|EEST|MSK|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST"
                            + "|AKDT|HST|AST|ADT|NST|NDT|JST|KST|HKT|SGT|AEST|AEDT|ACST|ACDT|AWST|NZST|NZDT|SAST|WAT"
                            + "|CAT|EAT|BRT|ART)\\b",
                    "\\btime[- ]?zones?\\b",
                    "(?<!\\bfor )(?<!\\bof )(?<!\\bvalue )(?<!\\brespect )(?<!\\bspare )(?<!\\bwith )(?<!\\bup )"
                            + "(?<!\\bwaste )(?<!\\bgive )(?<!\\bgiving )(?<!\\bon )"
                            + "\\b(your|my) (own )?(local )?time\\b"
                            + "(?! (is|was|will|would|must)\\b)",
                    "\\b(eastern|central|mountain|pacific|atlantic|alaska|hawaii|greenwich mean|british summer"
                            + "|central european|eastern european|western european|india|japan|china|singapore"
                            + "|australian eastern) (standard |daylight |summer )?time\\b",
                    "\\b(uk|us|london|new york|paris|berlin|madrid|rome|amsterdam|dublin|lisbon|toronto|chicago"
                            + "|los angeles|san francisco|tokyo|sydney|singapore|hong kong|mumbai|delhi|dubai)"
                            + " time\\b"),
            List.of()),

    /** An e-mail has a subject line. Read by the checker. */
    SUBJECT_LINE(List.of(), List.of(), List.of());

    private final List<Pattern> failing;
    private final List<Pattern> passing;
    private final List<Pattern> exempting;

    EtiquetteRule(List<String> failing, List<String> passing, List<String> exempting) {
        this.failing = Wording.compile(failing);
        this.passing = Wording.compile(passing);
        this.exempting = Wording.compile(exempting);
    }

    /** The first phrase of normalised text that fails this rule (outside any exempting span). */
    Optional<String> failingPhrase(String normalised) {
        return Wording.find(normalised, failing, exempting);
    }

    /** Whether normalised text holds wording that passes this rule. */
    boolean hasPassingPhrase(String normalised) {
        return Wording.find(normalised, passing).isPresent();
    }

    public String nameKey() {
        return "etiquette." + name() + ".name";
    }

    public String explanationKey() {
        return "etiquette." + name() + ".explain";
    }

    public String fixKey() {
        return "etiquette." + name() + ".fix";
    }
}
