package org.rapport.outreach.etiquette;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills an office template's {@link Placeholder}s. A line that needs a value nobody has is left out whole, so a
 * draft never shows an empty gap or a stray brace ("{referrerName} suggested I write" disappears when nobody
 * referred the student); a blank line left doubled by that is dropped too. A value that is a list (several lines,
 * such as the offered windows or the next steps) starts on a line of its own below its lead-in, and a value that
 * ends its own sentence is not given a second full stop. Braced words that are not placeholders are left as typed:
 * the template editor refuses them, but a student may type braces in their own draft.
 */
public final class TemplateFiller {

    private static final Pattern BRACED = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_]*)\\}");

    private TemplateFiller() {
    }

    /**
     * Replaces {token}s with values; a LINE (of subject or body) containing a placeholder with no value (missing or
     * blank) is left out entirely; unknown {words} are left as typed.
     */
    public static FilledText fill(String subject, String body, Map<Placeholder, String> values) {
        Map<Placeholder, String> given = values == null ? Map.of() : values;
        return new FilledText(subject == null ? null : fillText(subject, given),
                body == null ? null : fillText(body, given));
    }

    /** The {words} in a template that are not known placeholders (the template editor refuses them). */
    public static List<String> unknownPlaceholders(String text) {
        if (text == null) {
            return List.of();
        }
        Set<String> unknown = new LinkedHashSet<>();
        Matcher matcher = BRACED.matcher(text);
        while (matcher.find()) {
            if (Placeholder.named(matcher.group(1)).isEmpty()) {
                unknown.add(matcher.group());
            }
        }
        return List.copyOf(unknown);
    }

    private static String fillText(String text, Map<Placeholder, String> values) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        List<String> kept = new ArrayList<>();
        boolean afterRemoval = false;
        for (String line : lines) {
            Optional<String> filled = fillLine(line, values);
            if (filled.isEmpty()) {
                afterRemoval = true;
                continue;
            }
            boolean blank = filled.get().isBlank();
            if (blank && afterRemoval && (kept.isEmpty() || kept.get(kept.size() - 1).isBlank())) {
                continue;
            }
            if (!blank) {
                afterRemoval = false;
            }
            kept.add(filled.get());
        }
        if (afterRemoval) {
            while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
                kept.remove(kept.size() - 1);
            }
        }
        return String.join("\n", kept);
    }

    /** The line with its placeholders filled, or empty when one of them has no value. */
    private static Optional<String> fillLine(String line, Map<Placeholder, String> values) {
        Matcher matcher = BRACED.matcher(line);
        StringBuilder filled = new StringBuilder();
        int from = 0;
        while (matcher.find()) {
            filled.append(line, from, matcher.start());
            from = matcher.end();
            Optional<Placeholder> placeholder = Placeholder.named(matcher.group(1));
            if (placeholder.isEmpty()) {
                filled.append(matcher.group());
                continue;
            }
            String value = values.get(placeholder.get());
            if (value == null || value.isBlank()) {
                return Optional.empty();
            }
            String text = value.strip();
            if (isList(text) && !filled.toString().isBlank()) {
                filled.setLength(filled.toString().stripTrailing().length());
                filled.append('\n');
            }
            filled.append(text);
            if (endsSentence(text) && from < line.length() && line.charAt(from) == '.') {
                from++;
            }
        }
        filled.append(line, from, line.length());
        return Optional.of(filled.toString());
    }

    /** A value of several lines, or a "- " item, reads as a list and starts on a line of its own. */
    private static boolean isList(String value) {
        return value.indexOf('\n') >= 0 || value.startsWith("- ");
    }

    /** A value that ends its own sentence takes the place of the template's full stop after it. */
    private static boolean endsSentence(String value) {
        char last = value.charAt(value.length() - 1);
        return last == '.' || last == '!' || last == '?';
    }
}
