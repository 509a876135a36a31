package org.rapport.outreach.etiquette;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.rapport.outreach.MessageChannel;

/**
 * Reads a request (or a follow-up, or a reply to an objection) against every {@link EtiquetteRule} as the student
 * types. The phrase rules use the wording on the rule constants; the structural rules (referrer early, brevity,
 * subject line) are read here. It advises and never blocks sending.
 */
public final class EtiquetteChecker {

    /** The most sentences an introduction may have. */
    static final int INTRODUCTION_SENTENCES = 4;
    /** The most words a draft may have on each channel: a phone script has to be said in well under a minute. */
    static final Map<MessageChannel, Integer> WORD_LIMITS = Map.of(
            MessageChannel.EMAIL, 200,
            MessageChannel.LETTER, 200,
            MessageChannel.PHONE, 150);
    /** How many sentences count as "early" for naming the referrer. */
    static final int REFERRER_SENTENCES = 2;

    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor",
            "sir", "dame");

    private EtiquetteChecker() {
    }

    /** Every rule's verdict on the draft as it is now, with the connector's interests as hints. */
    public static EtiquetteReport check(DraftFacts facts) {
        return check(facts, Instant.now());
    }

    /** As {@link #check(DraftFacts)}, with the zones' offsets compared at {@code now}. */
    static EtiquetteReport check(DraftFacts facts, Instant now) {
        String text = Wording.normalise(facts.body());
        List<RuleResult> results = new ArrayList<>();
        for (EtiquetteRule rule : EtiquetteRule.values()) {
            results.add(switch (rule) {
                case REFERRER_EARLY -> referrerEarly(facts);
                case NOT_PRESUMPTUOUS, NO_JOB_ASK -> RuleResult.passIf(rule, rule.failingPhrase(text).isEmpty(),
                        rule.failingPhrase(text).orElse(null));
                case BRIEF_INTRODUCTION -> briefIntroduction(facts.body());
                case BRIEF_OVERALL -> RuleResult.passIf(rule,
                        Wording.wordCount(facts.body()) <= WORD_LIMITS.get(facts.channel()), null);
                case GRATITUDE, DEFERENCE -> RuleResult.passIf(rule, rule.hasPassingPhrase(text), null);
                case SHORT_ASK -> shortAsk(text);
                case TIME_ZONE -> timeZone(facts, text, now);
                case SUBJECT_LINE -> facts.channel().hasSubject()
                        ? RuleResult.passIf(rule, facts.subject() != null && !facts.subject().isBlank(), null)
                        : RuleResult.notApplicable(rule);
            });
        }
        return new EtiquetteReport(results, facts.interests().stream().distinct().toList());
    }

    private static RuleResult referrerEarly(DraftFacts facts) {
        EtiquetteRule rule = EtiquetteRule.REFERRER_EARLY;
        if (facts.referrerName() == null || facts.referrerName().isBlank()) {
            return RuleResult.notApplicable(rule);
        }
        List<String> early = new ArrayList<>();
        for (String paragraph : Wording.paragraphs(Wording.afterGreeting(facts.body()))) {
            for (String sentence : Wording.sentences(paragraph)) {
                if (early.size() < REFERRER_SENTENCES) {
                    early.add(sentence);
                }
            }
        }
        String opening = String.join(" ", early);
        boolean named = nameForms(facts.referrerName()).stream()
                .anyMatch(form -> wholeWord(form).matcher(opening).find());
        return RuleResult.passIf(rule, named, null);
    }

    /** The full name, and the given and family names without a title. */
    private static List<String> nameForms(String referrerName) {
        String full = Wording.normalise(referrerName);
        List<String> parts = new ArrayList<>();
        for (String part : full.split(" ")) {
            String bare = part.replaceAll("[.,]+$", "");
            if (!bare.isEmpty() && !TITLES.contains(bare.toLowerCase(Locale.ROOT))) {
                parts.add(bare);
            }
        }
        List<String> forms = new ArrayList<>(List.of(full));
        if (!parts.isEmpty()) {
            forms.add(parts.get(0));
            forms.add(parts.get(parts.size() - 1));
        }
        return forms;
    }

    private static Pattern wholeWord(String name) {
        return Wording.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])");
    }

    private static RuleResult briefIntroduction(String body) {
        List<String> paragraphs = Wording.paragraphs(Wording.afterGreeting(body));
        int sentences = paragraphs.isEmpty() ? 0 : Wording.sentences(paragraphs.get(0)).size();
        return RuleResult.passIf(EtiquetteRule.BRIEF_INTRODUCTION, sentences <= INTRODUCTION_SENTENCES, null);
    }

    /** Too long a time fails it even beside a short one; no length at all fails it too. */
    private static RuleResult shortAsk(String text) {
        EtiquetteRule rule = EtiquetteRule.SHORT_ASK;
        return rule.failingPhrase(text)
                .map(tooLong -> RuleResult.fail(rule, tooLong))
                .orElseGet(() -> RuleResult.passIf(rule, rule.hasPassingPhrase(text), null));
    }

    private static RuleResult timeZone(DraftFacts facts, String text, Instant now) {
        EtiquetteRule rule = EtiquetteRule.TIME_ZONE;
        if (!zonesDiffer(facts.studentZone(), facts.connectorZone(), now)) {
            return RuleResult.notApplicable(rule);
        }
        return rule.failingPhrase(text)
                .map(clockTime -> RuleResult.passIf(rule, rule.hasPassingPhrase(text), clockTime))
                .orElseGet(() -> RuleResult.notApplicable(rule));
    }

    private static boolean zonesDiffer(ZoneId student, ZoneId connector, Instant now) {
        return connector != null && !student.getRules().getOffset(now).equals(connector.getRules().getOffset(now));
    }
}
