package org.rapport.research;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A note's tags: short free words a student files notes under and searches by. Typed as one line ("Fintech, #remote
 * supply-chain"), separated by commas or spaces; each tag is lower-cased, loses a leading {@code #}, and appears
 * once, in the order first typed. Stored as one column, the tags joined by single spaces, which a search reads
 * directly (tags never contain spaces).
 */
public final class Tags {

    /** Longest tag. */
    public static final int TAG_LENGTH = 30;
    /** Most tags on one note. */
    public static final int MAX_TAGS = 10;
    /** Longest stored form: every tag at full length, one space between each. */
    public static final int STORED_LENGTH = MAX_TAGS * (TAG_LENGTH + 1);
    /** Longest line a person may type (separators and {@code #} included). */
    public static final int INPUT_LENGTH = 400;

    private static final String TAG = "[\\p{L}\\p{N}+#.&_\\-]{1," + TAG_LENGTH + "}";
    /** What a typed line of tags may look like; shared with the form's Bean Validation constraint. */
    public static final String INPUT_PATTERN = "[\\s,]*(" + TAG + "([\\s,]+" + TAG + "){0," + (MAX_TAGS - 1)
            + "})?[\\s,]*";
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");
    private static final Pattern INPUT = Pattern.compile(INPUT_PATTERN);

    private Tags() {
    }

    /**
     * The normalised tags of a typed line ({@code null} or blank gives none).
     *
     * @throws IllegalArgumentException when the line breaks {@link #INPUT_PATTERN} (the screen validated it first)
     */
    public static List<String> parse(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        if (!INPUT.matcher(typed).matches()) {
            throw new IllegalArgumentException("tags do not match " + INPUT_PATTERN);
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String word : SEPARATORS.split(typed.strip())) {
            String tag = normalise(word);
            if (!tag.isEmpty()) {
                tags.add(tag);
            }
        }
        return List.copyOf(tags);
    }

    /** One tag as it is stored and searched: lower case, without a leading {@code #}. */
    public static String normalise(String word) {
        String tag = word.strip().toLowerCase(Locale.ROOT);
        while (tag.startsWith("#")) {
            tag = tag.substring(1);
        }
        // Lower-casing can lengthen a few letters (İ becomes i and a combining dot); cut back to the limit.
        return tag.length() > TAG_LENGTH ? tag.substring(0, TAG_LENGTH) : tag;
    }

    /** The stored column value: tags joined by single spaces, or {@code null} for none. */
    public static String join(List<String> tags) {
        return tags.isEmpty() ? null : String.join(" ", tags);
    }

    /** The tags of a stored column value. */
    public static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(" "));
    }
}
