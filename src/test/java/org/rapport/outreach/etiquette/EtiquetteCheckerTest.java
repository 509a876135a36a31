package org.rapport.outreach.etiquette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.connectors.ConnectorInterest;
import org.rapport.outreach.MessageChannel;

/**
 * The etiquette rules tried on a corpus of good and bad drafts: each case is a draft with its facts and the verdict
 * one rule must give. Every rule is tried both ways.
 */
class EtiquetteCheckerTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** On GMT all year: the same offset as London in winter, an hour apart in summer. */
    private static final ZoneId ACCRA = ZoneId.of("Africa/Accra");
    private static final Instant WINTER = Instant.parse("2026-01-15T12:00:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-15T12:00:00Z");
    private static final String REFERRER = "Dan Okafor";

    /** A request that follows all the guidance. */
    private static final String GOOD = """
            Dear Ms Reyes,

            Dan Okafor suggested I get in touch with you.
            My name is Ana Silva, and I am a history student at Millbrook College.

            I am exploring a career in public health, and I would be grateful to hear how you moved into policy work. \
            I am not asking for a job, only for your advice.

            Would you have 20 minutes for a short call at a time that suits you? I would be glad to come to your \
            office or to call, whichever is easier for you.

            Thank you for considering it.

            Kind regards,
            Ana Silva""";

    /** About eighty words of background: added to the good draft (about a hundred), fine in an e-mail, not by phone. */
    private static final String BACKGROUND = """

            Over the past year I have volunteered at the Riverside clinic, where I helped the team gather feedback \
            from patients about waiting times and then wrote a short report for the clinic manager. That work made me \
            curious about how hospitals decide what to measure, and how analysts and policy makers work together. I \
            have also taken two statistics courses and a course on health policy, and I am now deciding which of these \
            paths to follow after I graduate next summer.""";

    record Case(String label, DraftFacts facts, EtiquetteRule rule, RuleStatus expected, Instant at) {

        Case(String label, DraftFacts facts, EtiquetteRule rule, RuleStatus expected) {
            this(label, facts, rule, expected, WINTER);
        }

        @Override
        public String toString() {
            return rule + " " + expected + ": " + label;
        }
    }

    static DraftFacts email(String body) {
        return new DraftFacts(MessageChannel.EMAIL, "A short conversation about your work", body, null, LONDON, null,
                List.of());
    }

    static DraftFacts referred(String referrer, String body) {
        return new DraftFacts(MessageChannel.EMAIL, "Introduction from Dan Okafor", body, referrer, LONDON, null,
                List.of());
    }

    static DraftFacts on(MessageChannel channel, String subject, String body) {
        return new DraftFacts(channel, subject, body, null, LONDON, null, List.of());
    }

    static DraftFacts zones(ZoneId student, ZoneId connector, String body) {
        return new DraftFacts(MessageChannel.EMAIL, "A short call", body, null, student, connector, List.of());
    }

    /** A draft that is fine except for the one sentence given, put in the middle paragraph. */
    static String with(String sentence) {
        return """
                Dear Ms Reyes,

                My name is Ana Silva, and I study history at Millbrook College.

                %s

                Thank you for considering it.
                Ana""".formatted(sentence);
    }

    static Stream<Case> corpus() {
        List<Case> cases = new ArrayList<>();
        referrerEarly(cases);
        notPresumptuous(cases);
        noJobAsk(cases);
        brevity(cases);
        gratitudeAndDeference(cases);
        shortAsk(cases);
        timeZone(cases);
        subjectLine(cases);
        return cases.stream();
    }

    private static void referrerEarly(List<Case> cases) {
        EtiquetteRule rule = EtiquetteRule.REFERRER_EARLY;
        cases.add(new Case("referrer named in the first line", referred(REFERRER, GOOD), rule, RuleStatus.PASS));
        cases.add(new Case("referrer only by given name", referred(REFERRER, """
                Dear Ms Reyes,

                My name is Ana Silva. Dan suggested I write to you, as you worked together at Northwind.

                Thank you."""), rule, RuleStatus.PASS));
        cases.add(new Case("referrer by family name, title left out", referred("Dr Dan Okafor", """
                Hi Jane,

                Professor Okafor thought you would be the best person to ask about health policy."""),
                rule, RuleStatus.PASS));
        cases.add(new Case("referrer only in the third sentence", referred(REFERRER, """
                Dear Ms Reyes,

                My name is Ana Silva. I study history at Millbrook College. Dan Okafor suggested I write to you."""),
                rule, RuleStatus.FAIL));
        cases.add(new Case("referrer in the closing lines", referred(REFERRER, GOOD.replace(
                "Dan Okafor suggested I get in touch with you.\n", "") + "\nP.S. Dan Okafor sends his regards."),
                rule, RuleStatus.FAIL));
        cases.add(new Case("name inside other words does not count", referred("Ann Lee", """
                Dear Ms Reyes,

                Your annual report on Leeds hospitals caught my eye. I study public health."""),
                rule, RuleStatus.FAIL));
        cases.add(new Case("letter with an address block above the greeting", new DraftFacts(MessageChannel.LETTER,
                null, """
                Ms Jane Reyes
                Northwind Health
                Leeds

                Dear Ms Reyes,

                Dan Okafor suggested I write to you. My name is Ana Silva.

                Thank you.""", REFERRER, LONDON, null, List.of()), rule, RuleStatus.PASS));
        cases.add(new Case("no referrer", email(GOOD), rule, RuleStatus.NOT_APPLICABLE));
        cases.add(new Case("phone script naming the referrer in its second sentence", new DraftFacts(
                MessageChannel.PHONE, null, "Hello, my name is Ana Silva. Dan Okafor suggested I call you.", REFERRER,
                LONDON, null, List.of()), rule, RuleStatus.PASS));
    }

    private static void notPresumptuous(List<Case> cases) {
        EtiquetteRule rule = EtiquetteRule.NOT_PRESUMPTUOUS;
        cases.add(new Case("good draft", email(GOOD), rule, RuleStatus.PASS));
        cases.add(new Case("in town on a fixed day", email(with(
                "I will be in town on 14 March, so let me know which day suits you.")), rule, RuleStatus.FAIL));
        cases.add(new Case("fixed days then which time", email(with(
                "I am free on Tuesday and Thursday. Let me know which time works.")), rule, RuleStatus.FAIL));
        cases.add(new Case("assumes yes", email(with("When can we meet?")), rule, RuleStatus.FAIL));
        cases.add(new Case("announces the call", email(with("I'll call you on Tuesday morning.")), rule,
                RuleStatus.FAIL));
        cases.add(new Case("looking forward to a meeting not agreed",
                email(with("I am looking forward to meeting you.")), rule, RuleStatus.FAIL));
        cases.add(new Case("asks them to confirm", email(with("Please confirm that Thursday works.")), rule,
                RuleStatus.FAIL));
        cases.add(new Case("gives orders", email(with("I need you to reply by Friday.")), rule, RuleStatus.FAIL));
        cases.add(new Case("tells them to expect a call", email(with("Expect my call next week.")), rule,
                RuleStatus.FAIL));
        cases.add(new Case("humble forms", email(with("If you would be willing, would you have time for a short call? "
                + "I know you must be busy, and I would look forward to speaking with you.")), rule, RuleStatus.PASS));
        cases.add(new Case("offers days without dictating", email(with(
                "I am free on Tuesday or Wednesday afternoons, or whenever suits you better.")), rule,
                RuleStatus.PASS));
    }

    private static void noJobAsk(List<Case> cases) {
        EtiquetteRule rule = EtiquetteRule.NO_JOB_ASK;
        cases.add(new Case("asks if they are hiring", email(with("Are you hiring at the moment?")), rule,
                RuleStatus.FAIL));
        cases.add(new Case("attaches a CV", email(with("I have attached my CV for your reference.")), rule,
                RuleStatus.FAIL));
        cases.add(new Case("résumé attached", email(with("Résumé attached.")), rule, RuleStatus.FAIL));
        cases.add(new Case("asks about openings", email(with(
                "I hope to be considered for any openings on your team.")), rule, RuleStatus.FAIL));
        cases.add(new Case("hopes for an internship offer", email(with(
                "An internship offer would mean a great deal to me.")), rule, RuleStatus.FAIL));
        cases.add(new Case("asks to pass a résumé on", email(with(
                "Could you forward my résumé to your recruiter?")), rule, RuleStatus.FAIL));
        cases.add(new Case("a disclaimer, then a job ask after 'but'", email(with(
                "I am not an expert yet, but could you hire me after graduation?")), rule, RuleStatus.FAIL));
        cases.add(new Case("disclaimer: not asking for a job", email(with(
                "I am not asking for a job; I want to learn how you chose your path.")), rule, RuleStatus.PASS));
        cases.add(new Case("disclaimer: not a job request", email(with(
                "This is not a job request: I am hoping to learn about your field.")), rule, RuleStatus.PASS));
        cases.add(new Case("disclaimer: not looking for a position", email(with(
                "I'm not looking for a position, just a conversation.")), rule, RuleStatus.PASS));
        cases.add(new Case("disclaimer covering two phrases", email(with(
                "I am not looking for a job or asking about openings; I hope to learn from you.")), rule,
                RuleStatus.PASS));
        cases.add(new Case("talks about their role, not a job", email(with(
                "I would love to hear what your current role involves day to day.")), rule, RuleStatus.PASS));
    }

    private static void brevity(List<Case> cases) {
        cases.add(new Case("six sentences before the first break", email("""
                Dear Ms Reyes,

                My name is Ana. I study history. I am in my third year. I live in Leeds. I like data. I play chess.

                Would you have 20 minutes? Thank you."""), EtiquetteRule.BRIEF_INTRODUCTION, RuleStatus.FAIL));
        cases.add(new Case("four sentences with titles and abbreviations", email("""
                Dear Ms. Reyes,

                Dr. Okafor suggested I write to you. My name is Ana Silva. I study health topics, e.g. waiting times \
                at St. Mary's. I would value your advice.

                Thank you."""), EtiquetteRule.BRIEF_INTRODUCTION, RuleStatus.PASS));
        cases.add(new Case("greeting in the same paragraph as a long introduction", email("""
                Hi Jane,
                My name is Ana. I study history. I am in my third year. I live in Leeds. I would value your advice.

                Thank you."""), EtiquetteRule.BRIEF_INTRODUCTION, RuleStatus.FAIL));
        cases.add(new Case("e-mail of about 180 words", email(GOOD + BACKGROUND), EtiquetteRule.BRIEF_OVERALL,
                RuleStatus.PASS));
        cases.add(new Case("phone script of about 180 words", on(MessageChannel.PHONE, null, GOOD + BACKGROUND),
                EtiquetteRule.BRIEF_OVERALL, RuleStatus.FAIL));
        cases.add(new Case("short phone script", on(MessageChannel.PHONE, null, GOOD), EtiquetteRule.BRIEF_OVERALL,
                RuleStatus.PASS));
        cases.add(new Case("e-mail of about 260 words", email(GOOD + BACKGROUND + BACKGROUND),
                EtiquetteRule.BRIEF_OVERALL, RuleStatus.FAIL));
    }

    private static void gratitudeAndDeference(List<Case> cases) {
        String bare = "Dear Ms Reyes,\n\nWould you have 20 minutes on Tuesday at 3pm for a call?\n\nAna";
        cases.add(new Case("thanks them", email(GOOD), EtiquetteRule.GRATITUDE, RuleStatus.PASS));
        cases.add(new Case("appreciates their time", email(with("I would appreciate any time you can spare.")),
                EtiquetteRule.GRATITUDE, RuleStatus.PASS));
        cases.add(new Case("no thanks at all", email(bare), EtiquetteRule.GRATITUDE, RuleStatus.FAIL));
        cases.add(new Case("at your convenience", email(with("Could we speak at your convenience?")),
                EtiquetteRule.DEFERENCE, RuleStatus.PASS));
        cases.add(new Case("offers to come to them", email(with("I can come to you if that helps.")),
                EtiquetteRule.DEFERENCE, RuleStatus.PASS));
        cases.add(new Case("offers to call", email(with("I am happy to call, whenever is easiest.")),
                EtiquetteRule.DEFERENCE, RuleStatus.PASS));
        cases.add(new Case("works around their schedule", email(with("I will work around your schedule.")),
                EtiquetteRule.DEFERENCE, RuleStatus.PASS));
        cases.add(new Case("names its own time only", email(bare), EtiquetteRule.DEFERENCE, RuleStatus.FAIL));
    }

    private static void shortAsk(List<Case> cases) {
        EtiquetteRule rule = EtiquetteRule.SHORT_ASK;
        cases.add(new Case("20 minutes", email(GOOD), rule, RuleStatus.PASS));
        cases.add(new Case("fifteen minutes", email(with("Could you spare fifteen minutes?")), rule, RuleStatus.PASS));
        cases.add(new Case("half an hour", email(with("Could you spare half an hour?")), rule, RuleStatus.PASS));
        cases.add(new Case("a quarter of an hour", email(with("Might you have a quarter of an hour?")), rule,
                RuleStatus.PASS));
        cases.add(new Case("a 20-minute call", email(with("Would a 20-minute call suit you?")), rule,
                RuleStatus.PASS));
        cases.add(new Case("an hour", email(with("Could you give me an hour of your time?")), rule,
                RuleStatus.FAIL));
        cases.add(new Case("45 minutes", email(with("Could we meet for 45 minutes?")), rule, RuleStatus.FAIL));
        cases.add(new Case("short, or an hour over lunch", email(with(
                "Could you spare 15 minutes, or an hour over lunch?")), rule, RuleStatus.FAIL));
        cases.add(new Case("no length named", email(with("Could we have a quick chat?")), rule, RuleStatus.FAIL));
    }

    private static void timeZone(List<Case> cases) {
        EtiquetteRule rule = EtiquetteRule.TIME_ZONE;
        cases.add(new Case("clock time without a zone", zones(LONDON, NEW_YORK, with(
                "Would 3pm on Tuesday suit you?")), rule, RuleStatus.FAIL));
        cases.add(new Case("'your time' after a clock time", zones(LONDON, NEW_YORK, with(
                "Would 15:00 your time on Tuesday suit you?")), rule, RuleStatus.PASS));
        cases.add(new Case("an abbreviation", zones(LONDON, NEW_YORK, with("Would 9:30 am EST suit you?")), rule,
                RuleStatus.PASS));
        cases.add(new Case("a zone id", zones(LONDON, NEW_YORK, with(
                "Would Tuesday at 10:00 (America/New_York) suit you?")), rule, RuleStatus.PASS));
        cases.add(new Case("'for your time' is not a zone", zones(LONDON, NEW_YORK, with(
                "Thank you for your time. Would 3pm on Tuesday suit you?")), rule, RuleStatus.FAIL));
        cases.add(new Case("different zones, same offset (London and Lisbon)", zones(LONDON, LISBON, with(
                "Would 3pm on Tuesday suit you?")), rule, RuleStatus.NOT_APPLICABLE));
        cases.add(new Case("same offset in summer too (London and Lisbon)", zones(LONDON, LISBON, with(
                "Would 3pm on Tuesday suit you?")), rule, RuleStatus.NOT_APPLICABLE, SUMMER));
        cases.add(new Case("zones differ but no clock time", zones(LONDON, NEW_YORK, with(
                "Would Tuesday morning suit you?")), rule, RuleStatus.NOT_APPLICABLE));
        cases.add(new Case("connector's zone unknown", zones(LONDON, null, with("Would 3pm suit you?")), rule,
                RuleStatus.NOT_APPLICABLE));
        cases.add(new Case("London and Accra in winter: same offset", zones(LONDON, ACCRA, with(
                "Would 3pm on Tuesday suit you?")), rule, RuleStatus.NOT_APPLICABLE, WINTER));
        cases.add(new Case("London and Accra in summer: an hour apart", zones(LONDON, ACCRA, with(
                "Would 3pm on Tuesday suit you?")), rule, RuleStatus.FAIL, SUMMER));
    }

    private static void subjectLine(List<Case> cases) {
        EtiquetteRule rule = EtiquetteRule.SUBJECT_LINE;
        cases.add(new Case("e-mail with a subject", email(GOOD), rule, RuleStatus.PASS));
        cases.add(new Case("e-mail without a subject", on(MessageChannel.EMAIL, "  ", GOOD), rule, RuleStatus.FAIL));
        cases.add(new Case("e-mail with no subject at all", on(MessageChannel.EMAIL, null, GOOD), rule,
                RuleStatus.FAIL));
        cases.add(new Case("phone script", on(MessageChannel.PHONE, null, GOOD), rule, RuleStatus.NOT_APPLICABLE));
        cases.add(new Case("letter", on(MessageChannel.LETTER, null, GOOD), rule, RuleStatus.NOT_APPLICABLE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void eachDraftGetsTheVerdictItShould(Case draft) {
        EtiquetteReport report = EtiquetteChecker.check(draft.facts(), draft.at());
        assertEquals(draft.expected(), statusOf(report, draft.rule()), draft.label());
    }

    @Test
    void theCorpusIsLargeAndTriesEveryRuleBothWays() {
        List<Case> cases = corpus().toList();
        assertTrue(cases.stream().map(c -> c.facts().body()).distinct().count() >= 30, "at least 30 drafts");
        for (EtiquetteRule rule : EtiquetteRule.values()) {
            assertTrue(cases.stream().anyMatch(c -> c.rule() == rule && c.expected() == RuleStatus.PASS),
                    rule + " passes somewhere");
            assertTrue(cases.stream().anyMatch(c -> c.rule() == rule && c.expected() == RuleStatus.FAIL),
                    rule + " fails somewhere");
        }
    }

    @Test
    void aGoodRequestPassesEveryApplicableRule() {
        DraftFacts facts = new DraftFacts(MessageChannel.EMAIL, "Introduction from Dan Okafor", GOOD, REFERRER,
                LONDON, NEW_YORK, List.of());

        EtiquetteReport report = EtiquetteChecker.check(facts);

        assertTrue(report.allPass(), () -> report.failures().toString());
        assertEquals(report.applicable(), report.passed());
        // No clock time in the draft, so the time-zone rule has nothing to say.
        assertEquals(EtiquetteRule.values().length - 1, report.applicable());
    }

    @Test
    void theSummaryCountsOnlyApplicableRules() {
        String bad = "Hello. When can we meet? I have attached my CV.";

        EtiquetteReport report = EtiquetteChecker.check(on(MessageChannel.PHONE, null, bad));

        // Referrer, time zone and subject line do not apply to a phone script with no referrer and no zones.
        assertEquals(EtiquetteRule.values().length - 3, report.applicable());
        assertEquals(List.of(EtiquetteRule.NOT_PRESUMPTUOUS, EtiquetteRule.NO_JOB_ASK, EtiquetteRule.GRATITUDE,
                        EtiquetteRule.DEFERENCE, EtiquetteRule.SHORT_ASK),
                report.failures().stream().map(RuleResult::rule).toList());
        assertEquals(report.applicable() - 5, report.passed());
        assertFalse(report.allPass());
    }

    @Test
    void theFailingPhraseIsGivenAsEvidence() {
        EtiquetteReport report = EtiquetteChecker.check(zones(LONDON, NEW_YORK,
                "When can we meet? I have attached my CV. Could we talk for an hour at  3pm?"));

        assertEquals("when can we meet", evidenceOf(report, EtiquetteRule.NOT_PRESUMPTUOUS).toLowerCase(Locale.ROOT));
        assertEquals("attached my CV", evidenceOf(report, EtiquetteRule.NO_JOB_ASK));
        assertEquals("an hour", evidenceOf(report, EtiquetteRule.SHORT_ASK));
        assertEquals("3pm", evidenceOf(report, EtiquetteRule.TIME_ZONE));
        assertNull(evidenceOf(report, EtiquetteRule.GRATITUDE));
    }

    @Test
    void everyRuleIsReportedInOrder() {
        EtiquetteReport report = EtiquetteChecker.check(email(GOOD));

        assertEquals(List.of(EtiquetteRule.values()), report.results().stream().map(RuleResult::rule).toList());
    }

    @Test
    void theConnectorsMarkedInterestsComeBackAsHints() {
        DraftFacts facts = new DraftFacts(MessageChannel.EMAIL, "Hello", GOOD, null, LONDON, null,
                List.of(ConnectorInterest.CONVENIENCE, ConnectorInterest.AFFILIATION, ConnectorInterest.CONVENIENCE));

        EtiquetteReport report = EtiquetteChecker.check(facts);

        assertEquals(List.of(ConnectorInterest.CONVENIENCE, ConnectorInterest.AFFILIATION), report.interestHints());
        assertEquals(List.of(), EtiquetteChecker.check(email(GOOD)).interestHints());
    }

    @Test
    void anEmptyDraftFailsWithoutErrors() {
        EtiquetteReport report = EtiquetteChecker.check(new DraftFacts(MessageChannel.EMAIL, null, null, REFERRER,
                LONDON, NEW_YORK, null));

        assertNotNull(report);
        assertEquals(RuleStatus.FAIL, statusOf(report, EtiquetteRule.REFERRER_EARLY));
        assertEquals(RuleStatus.PASS, statusOf(report, EtiquetteRule.BRIEF_INTRODUCTION));
        assertEquals(RuleStatus.FAIL, statusOf(report, EtiquetteRule.SUBJECT_LINE));
    }

    @Test
    void bundleKeysFollowTheRuleName() {
        assertEquals("etiquette.NO_JOB_ASK.name", EtiquetteRule.NO_JOB_ASK.nameKey());
        assertEquals("etiquette.NO_JOB_ASK.explain", EtiquetteRule.NO_JOB_ASK.explanationKey());
        assertEquals("etiquette.NO_JOB_ASK.fix", EtiquetteRule.NO_JOB_ASK.fixKey());
    }

    private static RuleStatus statusOf(EtiquetteReport report, EtiquetteRule rule) {
        return result(report, rule).status();
    }

    private static String evidenceOf(EtiquetteReport report, EtiquetteRule rule) {
        return result(report, rule).evidence();
    }

    private static RuleResult result(EtiquetteReport report, EtiquetteRule rule) {
        return report.results().stream().filter(result -> result.rule() == rule).findFirst().orElseThrow();
    }
}
