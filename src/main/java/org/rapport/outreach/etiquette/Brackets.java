package org.rapport.outreach.etiquette;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a draft the student still has to write: the office's templates mark them in square brackets
 * ("[one thing you learned]"). A bracket left in would reach the connector as it stands, and its wording can make a
 * checklist point look made ("I especially appreciated your advice about [...]"), so the composer lists them.
 */
public final class Brackets {

    /** One line, at most 120 characters between the brackets: a note to fill in, not a bracketed aside. */
    private static final Pattern UNFILLED = Pattern.compile("\\[[^\\[\\]\\r\\n]{1,120}]");

    private Brackets() {
    }

    /** The bracketed parts still in {@code text}, in order, each once; none for {@code null}. */
    public static List<String> unfilledIn(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        Matcher matcher = UNFILLED.matcher(text);
        while (matcher.find()) {
            if (!found.contains(matcher.group())) {
                found.add(matcher.group());
            }
        }
        return found;
    }
}
