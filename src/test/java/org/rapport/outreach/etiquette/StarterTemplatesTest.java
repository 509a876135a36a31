package org.rapport.outreach.etiquette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.rapport.connectors.ConnectorInterest;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.templates.MessageTemplate;

/**
 * The starter templates the office ships, read from their migration: each request, follow-up and reply to an
 * objection passes every etiquette rule that applies once filled, each thank-you makes every point of the
 * checklist, and no template holds a placeholder the filler does not know.
 */
class StarterTemplatesTest {

    private static final List<Path> MIGRATIONS = List.of(
            Path.of("sql", "V202611250300__add_starter_message_templates.sql"),
            Path.of("sql", "V202611260200__referral_terms_research_list.sql"));
    private static final ZoneId STUDENT_ZONE = ZoneId.of("Europe/London");
    private static final ZoneId CONNECTOR_ZONE = ZoneId.of("America/New_York");
    private static final String NO_REFERRER = "No referrer";

    record Template(MessageKind kind, MessageChannel channel, String name, String subject, String body) {

        boolean mentions(Placeholder placeholder) {
            return body.contains(placeholder.token()) || subject != null && subject.contains(placeholder.token());
        }

        @Override
        public String toString() {
            return kind + " " + channel + " " + name;
        }
    }

    static List<Template> templates() {
        List<Template> templates = new ArrayList<>();
        for (Path migration : MIGRATIONS) {
            try {
                templates.addAll(StarterSql.parse(Files.readString(migration, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + migration.toAbsolutePath(), e);
            }
        }
        return templates;
    }

    static Stream<Template> checkedTemplates() {
        return templates().stream().filter(template -> template.kind().isChecked());
    }

    static Stream<Template> thankYouTemplates() {
        return templates().stream().filter(template -> template.kind() == MessageKind.THANK_YOU);
    }

    private static Map<Placeholder, String> values(boolean withReferrer) {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        values.put(Placeholder.CONNECTOR_NAME, "Jane Reyes");
        values.put(Placeholder.CONNECTOR_FIRST_NAME, "Jane");
        if (withReferrer) {
            values.put(Placeholder.REFERRER_NAME, "Dan Okafor");
        }
        values.put(Placeholder.STUDENT_NAME, "Ana Silva");
        values.put(Placeholder.STUDENT_FIRST_NAME, "Ana");
        values.put(Placeholder.COLLEGE, "Millbrook College");
        values.put(Placeholder.MAJOR, "public health");
        values.put(Placeholder.ORGANISATION, "Northwind Health");
        values.put(Placeholder.SHARED_INTEREST, "we both studied history at Millbrook before moving into health");
        values.put(Placeholder.RESEARCH_FINDING, "Northwind Health opened a data office in Leeds last year, and your "
                + "team leads its work on hospital waiting times.");
        values.put(Placeholder.NEWS, "Northwind Health's new clinic in Leeds");
        values.put(Placeholder.MINUTES, "20");
        // As the composer fills them: windows and next steps are "- " lists, one a line.
        values.put(Placeholder.WINDOWS, "- Tuesday 10 March 2026, 09:00–09:20 EDT (America/New_York)\n"
                + "- Thursday 12 March 2026, 14:00–14:20 EDT (America/New_York)");
        values.put(Placeholder.MEETING_TIME, "Tuesday 10 March 2026, 10:00–10:20 EDT (America/New_York)");
        values.put(Placeholder.MEETING_PLACE, "by phone; I will call you on +1 212 555 0143");
        values.put(Placeholder.STUDENT_MOBILE, "+44 7700 900123");
        values.put(Placeholder.NEXT_STEPS, "- Take the SQL course you recommended\n"
                + "- Talk to two people in hospital analytics");
        values.put(Placeholder.OUTCOME, "Offer accepted (Northwind Health)");
        values.put(Placeholder.INTRODUCTIONS, "- Lena Park\n- Omar Haddad");
        return values;
    }

    private static EtiquetteReport check(Template template, boolean withReferrer) {
        FilledText filled = TemplateFiller.fill(template.subject(), template.body(), values(withReferrer));
        DraftFacts facts = new DraftFacts(template.channel(), filled.subject(), filled.body(),
                withReferrer ? "Dan Okafor" : null, STUDENT_ZONE, CONNECTOR_ZONE,
                List.of(ConnectorInterest.CONVENIENCE));
        return EtiquetteChecker.check(facts);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checkedTemplates")
    void eachRequestFollowUpAndReplyPassesEveryApplicableRule(Template template) {
        boolean withReferrer = !NO_REFERRER.equals(template.name());

        EtiquetteReport report = check(template, withReferrer);

        assertTrue(report.allPass(), () -> template + " fails " + report.failures());
        assertEquals(RuleStatus.PASS, status(report, EtiquetteRule.SHORT_ASK), "asks for a short time");
        assertEquals(RuleStatus.PASS, status(report, EtiquetteRule.TIME_ZONE), "offers times with their zone");
        assertEquals(withReferrer ? RuleStatus.PASS : RuleStatus.NOT_APPLICABLE,
                status(report, EtiquetteRule.REFERRER_EARLY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checkedTemplates")
    void eachStillPassesWhenNobodyReferredTheStudent(Template template) {
        EtiquetteReport report = check(template, false);

        // A template that names the referrer in its subject loses the subject; the checker then asks for one.
        List<EtiquetteRule> expected = template.subject() != null
                && template.subject().contains(Placeholder.REFERRER_NAME.token())
                ? List.of(EtiquetteRule.SUBJECT_LINE) : List.of();
        assertEquals(expected, report.failures().stream().map(RuleResult::rule).toList(), template.toString());
        String body = TemplateFiller.fill(template.subject(), template.body(), values(false)).body();
        assertTrue(!body.contains("{") && !body.contains("\n\n\n"), body);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("thankYouTemplates")
    void eachThankYouMakesEveryPoint(Template template) {
        String body = TemplateFiller.fill(template.subject(), template.body(), values(true)).body();

        List<PointResult> points = ThankYouChecklist.check(body);

        assertTrue(points.stream().allMatch(PointResult::present), () -> template + ": " + points);
    }

    @Test
    void noTemplateHasAnUnknownPlaceholder() {
        for (Template template : templates()) {
            assertEquals(List.of(), TemplateFiller.unknownPlaceholders(template.subject()), template.toString());
            assertEquals(List.of(), TemplateFiller.unknownPlaceholders(template.body()), template.toString());
        }
    }

    @Test
    void theOfficeStartsWithATemplateForEveryMessageAndChannel() {
        List<String> shapes = templates().stream().map(t -> t.kind() + " " + t.channel()).sorted().toList();

        assertEquals(List.of("CHECK_IN EMAIL", "CONFIRMATION EMAIL", "CONFIRMATION PHONE", "FOLLOW_UP EMAIL",
                "OBJECTION_REPLY EMAIL", "OBJECTION_REPLY EMAIL", "OBJECTION_REPLY EMAIL",
                "REFERRER_UPDATE EMAIL", "REQUEST EMAIL", "REQUEST EMAIL", "REQUEST LETTER", "REQUEST PHONE",
                "TELL_HELPER EMAIL", "THANK_YOU EMAIL", "THANK_YOU LETTER"), shapes);
    }

    @Test
    void eachTemplateFitsItsColumnsAndItsChannel() {
        Set<String> names = new HashSet<>();
        for (Template template : templates()) {
            assertTrue(names.add(template.kind() + "/" + template.channel() + "/" + template.name()),
                    "unique name: " + template);
            assertTrue(template.name().length() <= MessageTemplate.NAME_LENGTH, template.toString());
            assertTrue(template.body().length() <= MessageTemplate.BODY_LENGTH, template.toString());
            if (template.channel().hasSubject()) {
                assertNotNull(template.subject(), template.toString());
                assertTrue(template.subject().length() <= MessageTemplate.SUBJECT_LENGTH, template.toString());
            } else {
                assertNull(template.subject(), template.toString());
            }
            assertTrue(!template.body().contains("\\n") && !template.body().contains("''"), template.toString());
        }
    }

    @Test
    void requestsUseTheResearchAndTheAskAndTheReferrerOnALineOfItsOwn() {
        List<Template> requests = templates().stream().filter(t -> t.kind() == MessageKind.REQUEST).toList();
        for (Template request : requests) {
            for (Placeholder placeholder : List.of(Placeholder.MINUTES, Placeholder.WINDOWS,
                    Placeholder.SHARED_INTEREST, Placeholder.RESEARCH_FINDING)) {
                assertTrue(request.mentions(placeholder), request + " uses " + placeholder.token());
            }
            if (!NO_REFERRER.equals(request.name())) {
                String referrerLine = request.body().lines()
                        .filter(line -> line.contains(Placeholder.REFERRER_NAME.token())).findFirst().orElseThrow();
                assertTrue(referrerLine.startsWith(Placeholder.REFERRER_NAME.token()), referrerLine);
                assertEquals(1, referrerLine.chars().filter(c -> c == '{').count(), referrerLine);
            }
        }
    }

    @Test
    void confirmationsRestateTheMeetingAndGiveTheMobileAndHelpersHearTheOutcome() {
        for (Template template : templates()) {
            if (template.kind() == MessageKind.CONFIRMATION) {
                assertTrue(template.mentions(Placeholder.MEETING_TIME), template.toString());
                assertTrue(template.mentions(Placeholder.MEETING_PLACE), template.toString());
                assertTrue(template.mentions(Placeholder.STUDENT_MOBILE), template.toString());
            }
            if (template.kind() == MessageKind.TELL_HELPER) {
                assertTrue(template.mentions(Placeholder.OUTCOME), template.toString());
            }
            if (template.kind() == MessageKind.CHECK_IN) {
                assertTrue(template.mentions(Placeholder.INTRODUCTIONS), "restates what the referrer offered");
                String body = TemplateFiller.fill(template.subject(), template.body(), values(true)).body();
                assertTrue(!body.contains("{") && !body.contains("["), body);
            }
        }
    }

    @Test
    void theParserReadsStringsAsMariaDbDoes() {
        List<Template> parsed = StarterSql.parse("""
                -- a comment with a quote ' in it
                INSERT INTO message_template (id, kind, channel, name, subject, body, retired)
                VALUES (NEXT VALUE FOR rapport_id_seq, 'REQUEST', 'EMAIL', 'It''s here', NULL,
                    CONCAT('a\\nb', ' c\\\\d; e'), FALSE);
                """);

        assertEquals(1, parsed.size());
        assertEquals("It's here", parsed.get(0).name());
        assertNull(parsed.get(0).subject());
        assertEquals("a\nb c\\d; e", parsed.get(0).body());
    }

    private static RuleStatus status(EtiquetteReport report, EtiquetteRule rule) {
        return report.results().stream().filter(result -> result.rule() == rule).findFirst().orElseThrow().status();
    }

    /**
     * Reads the INSERTs of a migration the way MariaDB would: comments skipped, statements split at semicolons
     * outside strings, each value either NULL or the string literals it holds joined (one literal, CONCAT of
     * literals, or literals side by side), with {@code ''} and backslash escapes decoded.
     */
    static final class StarterSql {

        private StarterSql() {
        }

        static List<Template> parse(String sql) {
            List<Template> templates = new ArrayList<>();
            for (String statement : statements(sql)) {
                if (!statement.toUpperCase(Locale.ROOT).startsWith("INSERT INTO MESSAGE_TEMPLATE")) {
                    continue;
                }
                int valuesAt = statement.toUpperCase(Locale.ROOT).indexOf("VALUES");
                List<String> columns = topLevel(group(statement.substring(0, valuesAt)));
                List<String> values = topLevel(group(statement.substring(valuesAt)));
                assertEquals(columns.size(), values.size(), statement);
                Map<String, String> row = new HashMap<>();
                for (int index = 0; index < columns.size(); index++) {
                    row.put(columns.get(index).strip(), literal(values.get(index)));
                }
                templates.add(new Template(MessageKind.valueOf(row.get("kind")),
                        MessageChannel.valueOf(row.get("channel")), row.get("name"), row.get("subject"),
                        row.get("body")));
            }
            return templates;
        }

        /** The statements, without comments, split at semicolons outside strings. */
        private static List<String> statements(String sql) {
            List<String> statements = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            for (int index = 0; index < sql.length(); index++) {
                char c = sql.charAt(index);
                if (quoted) {
                    current.append(c);
                    if (c == '\\') {
                        current.append(sql.charAt(++index));
                    } else if (c == '\'') {
                        quoted = false;
                    }
                } else if (c == '-' && sql.startsWith("--", index)) {
                    int end = sql.indexOf('\n', index);
                    index = end < 0 ? sql.length() : end;
                    current.append('\n');
                } else if (c == ';') {
                    statements.add(current.toString().strip());
                    current.setLength(0);
                } else {
                    quoted = c == '\'';
                    current.append(c);
                }
            }
            if (!current.toString().isBlank()) {
                statements.add(current.toString().strip());
            }
            return statements;
        }

        /** What is inside the first parenthesised group. */
        private static String group(String text) {
            int open = text.indexOf('(');
            int depth = 0;
            boolean quoted = false;
            for (int index = open; index < text.length(); index++) {
                char c = text.charAt(index);
                if (quoted) {
                    if (c == '\\') {
                        index++;
                    } else if (c == '\'') {
                        quoted = false;
                    }
                } else if (c == '\'') {
                    quoted = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    return text.substring(open + 1, index);
                }
            }
            throw new IllegalArgumentException("unbalanced: " + text);
        }

        /** The comma-separated parts at depth zero. */
        private static List<String> topLevel(String list) {
            List<String> parts = new ArrayList<>();
            int depth = 0;
            boolean quoted = false;
            int start = 0;
            for (int index = 0; index < list.length(); index++) {
                char c = list.charAt(index);
                if (quoted) {
                    if (c == '\\') {
                        index++;
                    } else if (c == '\'') {
                        quoted = false;
                    }
                } else if (c == '\'') {
                    quoted = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    parts.add(list.substring(start, index));
                    start = index + 1;
                }
            }
            parts.add(list.substring(start));
            return parts;
        }

        /** NULL as null; otherwise the string literals in the value, decoded and joined. */
        private static String literal(String value) {
            if (value.strip().equalsIgnoreCase("NULL")) {
                return null;
            }
            StringBuilder text = new StringBuilder();
            boolean found = false;
            for (int index = 0; index < value.length(); index++) {
                if (value.charAt(index) != '\'') {
                    continue;
                }
                found = true;
                index++;
                while (index < value.length()) {
                    char c = value.charAt(index);
                    if (c == '\\') {
                        text.append(unescape(value.charAt(++index)));
                    } else if (c == '\'' && index + 1 < value.length() && value.charAt(index + 1) == '\'') {
                        text.append('\'');
                        index++;
                    } else if (c == '\'') {
                        break;
                    } else {
                        text.append(c);
                    }
                    index++;
                }
            }
            return found ? text.toString() : value.strip();
        }

        private static char unescape(char c) {
            return switch (c) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case '0' -> '\0';
                default -> c;
            };
        }
    }
}
