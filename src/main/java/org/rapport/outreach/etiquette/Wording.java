package org.rapport.outreach.etiquette;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A draft's text as the rules read it: curly quotes made straight and every run of white space a single space, so
 * the phrase patterns can be written plainly; plus the few structural readings the rules need (the greeting line,
 * paragraphs, sentences, words).
 */
final class Wording {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\u00A0]*\\n");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern GREETING = Pattern.compile(
            "^(dear|hello|hi|hey|good (morning|afternoon|evening|day)|greetings|to whom it may concern)\\b", FLAGS);
    /** Words after which a full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "mx", "dr", "prof", "st", "jr", "sr",
            "e.g", "i.e", "etc", "vs", "approx", "inc", "ltd", "co", "corp", "a.m", "p.m", "dept", "univ");
    /** A greeting line is short; a longer line at the top is already the letter itself. */
    private static final int GREETING_MAX_WORDS = 8;
    /** How far down a letter the greeting is looked for (below a date and an address block). */
    private static final int GREETING_SEARCH_LINES = 10;

    private Wording() {
    }

    static Pattern compile(String regex) {
        return Pattern.compile(regex, FLAGS);
    }

    static List<Pattern> compile(List<String> regexes) {
        return regexes.stream().map(Wording::compile).toList();
    }

    /** Straight quotes, single spaces, no surrounding space; {@code null} reads as empty. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String straight = text.replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
        return SPACE.matcher(straight).replaceAll(" ").strip();
    }

    /** The first phrase any of the patterns finds in already normalised text, not lying inside an exempt span. */
    static Optional<String> find(String normalised, List<Pattern> patterns, List<Pattern> exemptions) {
        List<int[]> exempt = spans(normalised, exemptions);
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(normalised);
            while (matcher.find()) {
                if (!inside(exempt, matcher.start(), matcher.end())) {
                    return Optional.of(normalised.substring(matcher.start(), matcher.end()).strip());
                }
            }
        }
        return Optional.empty();
    }

    static Optional<String> find(String normalised, List<Pattern> patterns) {
        return find(normalised, patterns, List.of());
    }

    private static List<int[]> spans(String text, List<Pattern> patterns) {
        List<int[]> spans = new ArrayList<>();
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                spans.add(new int[] {matcher.start(), matcher.end()});
            }
        }
        return spans;
    }

    private static boolean inside(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(span -> span[0] <= start && end <= span[1]);
    }

    /** How many words the text has (a token counts when it holds a letter or a digit). */
    static int wordCount(String text) {
        String normalised = normalise(text);
        if (normalised.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (String token : normalised.split(" ")) {
            if (WORD.matcher(token).find()) {
                count++;
            }
        }
        return count;
    }

    /**
     * The body without its greeting ("Dear Ms Reyes,"), which is not part of what the connector reads as the
     * introduction. A greeting is looked for in the first lines, below a date or an address block if there is one.
     */
    static String afterGreeting(String body) {
        if (body == null) {
            return "";
        }
        String[] lines = body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        int seen = 0;
        for (int index = 0; index < lines.length && seen < GREETING_SEARCH_LINES; index++) {
            String line = lines[index].strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (isGreeting(line)) {
                return String.join("\n", List.of(lines).subList(index + 1, lines.length));
            }
            if (endsSentence(line) || wordCount(line) > GREETING_MAX_WORDS) {
                break;
            }
        }
        return String.join("\n", lines);
    }

    private static boolean isGreeting(String line) {
        return GREETING.matcher(line).find() && wordCount(line) <= GREETING_MAX_WORDS && !endsSentence(line);
    }

    private static boolean endsSentence(String line) {
        return line.endsWith(".") || line.endsWith("?");
    }

    /** The paragraphs (separated by blank lines), each normalised, the empty ones left out. */
    static List<String> paragraphs(String text) {
        if (text == null) {
            return List.of();
        }
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : BLANK_LINE.split(unified)) {
            String normalised = normalise(paragraph);
            if (!normalised.isEmpty()) {
                paragraphs.add(normalised);
            }
        }
        return paragraphs;
    }

    /**
     * The sentences of one normalised paragraph. A sentence ends at {@code .}, {@code !} or {@code ?} followed by a
     * space (closing quotes and brackets may come between), except after a title or a common abbreviation ("Dr.",
     * "e.g.", "a.m.") or an initial; the rest after the last end is a sentence too.
     */
    static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        int length = paragraph.length();
        for (int index = 0; index < length; index++) {
            char current = paragraph.charAt(index);
            if (current != '.' && current != '!' && current != '?') {
                continue;
            }
            int end = index + 1;
            while (end < length && ".!?\"')]".indexOf(paragraph.charAt(end)) >= 0) {
                end++;
            }
            if (end < length && paragraph.charAt(end) != ' ') {
                index = end - 1;
                continue;
            }
            if (current == '.' && isAbbreviation(paragraph, start, index)) {
                continue;
            }
            addSentence(sentences, paragraph.substring(start, end));
            start = end;
            index = end - 1;
        }
        addSentence(sentences, paragraph.substring(Math.min(start, length)));
        return sentences;
    }

    private static boolean isAbbreviation(String paragraph, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && paragraph.charAt(wordStart - 1) != ' ') {
            wordStart--;
        }
        String word = paragraph.substring(wordStart, dot).replaceAll("^[\"'(\\[]+", "").toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0));
    }

    private static void addSentence(List<String> sentences, String candidate) {
        String sentence = candidate.strip();
        if (WORD.matcher(sentence).find()) {
            sentences.add(sentence);
        }
    }
}
