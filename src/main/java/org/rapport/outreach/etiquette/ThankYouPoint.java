package org.rapport.outreach.etiquette;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The points a good thank-you makes, as the career office teaches them, each with the wording that shows it is
 * there. Bundle keys {@code thankYou.<NAME>.name} and {@code thankYou.<NAME>.hint}; {@code ThankYouChecklistTest}
 * holds the corpus.
 */
public enum ThankYouPoint {

    /** Thanks them for their time. */
    THANKS(List.of("\\bthank", "\\bgrateful\\b", "\\bgratitude\\b", "\\bappreciat")),

    /** Says what, specifically, helped. */
    SPECIFIC_HELP(List.of(
            "\\byour (advice|suggestions?|tips?|point|idea|story|insights?|comments?|thoughts) (about|on|to|that"
                    + "|regarding|of)\\b",
            "\\bespecially\\b",
            "\\bparticularly\\b",
            "\\bit was (really |very |so |extremely |most )?(helpful|useful|interesting|valuable|eye-opening) to"
                    + " (hear|learn|know|understand|see)\\b",
            "\\bwhat you said about\\b",
            "\\bI learn(ed|t)\\b",
            "\\bhelped me (to )?(see|understand|realise|realize|think|decide|clarify|focus)\\b",
            "\\bthe (most )?(helpful|useful|valuable) (part|thing|advice)\\b")),

    /** Names the next steps the student will take. */
    NEXT_STEPS(List.of(
            "\\bI will\\b",
            "\\bI'll\\b",
            "\\bI('m| am) (going|planning) to\\b",
            "\\bnext steps?\\b",
            "\\bI plan to\\b",
            "\\bI intend to\\b",
            "\\bmy plan is\\b",
            "\\bI('ve| have) (already )?(started|begun|signed up|applied|enrolled|contacted|reached out|booked)\\b")),

    /** Promises to tell them how it goes. */
    WILL_FOLLOW_UP(List.of(
            "\\bkeep you (posted|updated|informed|in the loop)\\b",
            "\\blet you know (how|what|when|if)\\b",
            "\\bfollow(ing)?[- ]?up\\b",
            "\\bupdate you\\b",
            "\\bsend you an update\\b",
            "\\bwrite (to you )?again\\b",
            "\\breport back\\b",
            "\\b(be|get) in touch\\b"));

    private final List<Pattern> patterns;

    ThankYouPoint(List<String> regexes) {
        this.patterns = Wording.compile(regexes);
    }

    /** Whether normalised text makes this point. */
    boolean isMadeIn(String normalised) {
        return Wording.find(normalised, patterns).isPresent();
    }

    public String nameKey() {
        return "thankYou." + name() + ".name";
    }

    public String hintKey() {
        return "thankYou." + name() + ".hint";
    }
}
