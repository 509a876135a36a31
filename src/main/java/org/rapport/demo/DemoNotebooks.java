package org.rapport.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.rapport.connectors.Connector;
import org.rapport.organisations.Industry;
import org.rapport.organisations.Organisation;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;
import org.rapport.research.Finding;
import org.rapport.research.Hypothesis;
import org.rapport.research.HypothesisStatus;
import org.rapport.research.NewsItem;
import org.rapport.research.NoteSource;
import org.rapport.research.PayPeriod;
import org.rapport.research.ResearchNote;
import org.rapport.research.SalaryFacts;
import org.rapport.research.SalaryFinding;

/**
 * Fictional research notebooks for the demo: a few notes per student about an organisation, an industry or one of
 * the student's connectors, with sources (on {@code .example} domains or fictional publications), findings,
 * hypotheses whose outcomes have a history, news to share and salary research.
 *
 * <p>How to call it: {@code DemoNotebooks.notebookOf(random, student, connectors, organisations)} with a persisted
 * student, that student's persisted private connectors (may be empty) and persisted organisations (may be empty).
 * It persists nothing itself: it returns new, unsaved entities in an order that can be persisted one after the
 * other (each note before its parts), e.g. with {@code DemoBatchWriter.persistAll}. A hypothesis's history rows are
 * persisted with it (cascade). The same seed gives the same notes; dates are counted back from today, so every date
 * lies in the past.
 */
public final class DemoNotebooks {

    private static final List<String> TOPICS = List.of("graduate programme", "culture and hours",
            "how they hire", "what analysts do all day", "growth plans");
    private static final List<String> PUBLICATIONS = List.of("The Northfield Ledger", "Harbour Business Review",
            "Lakeside Industry Weekly", "The Campus Careers Digest");
    private static final List<String> TAGS = List.of("graduate-scheme", "remote", "hybrid", "esg", "fintech",
            "supply-chain", "internship", "analytics", "client-facing", "travel", "startup", "public-sector");
    private static final List<String> FINDINGS = List.of(
            "New starters rotate through three teams in their first year.",
            "Most hiring happens in the autumn; spring openings are rare.",
            "Teams are small (five to eight people) and sit with their clients twice a week.",
            "The company publishes its salary bands internally but not in job adverts.",
            "Several alumni from Northfield joined in the last two years.",
            "Promotion to senior happens after two to three years on average.");
    private static final List<String[]> HYPOTHESES = List.of(
            new String[] {"Analysts rarely work weekends.", "Only around quarter-end closing.",
                "Analysts rarely work weekends outside quarter-end."},
            new String[] {"Graduates get client work in their first six months.", "Client work starts after training.",
                "Graduates get client work after a three-month training block."},
            new String[] {"A master's degree is expected for research roles.", "Strong projects count as much.",
                "A master's degree helps but strong projects count as much."},
            new String[] {"Remote work is allowed three days a week.", "It depends on the team lead.",
                "Remote work is agreed team by team, usually two days."});
    private static final List<String> NEWS = List.of(
            "Won a regional sustainability award for its new warehouse.",
            "Announced a partnership with a local community college.",
            "Opened a second office across the river.",
            "Published a report on hiring trends for graduates.");
    private static final List<String> ROLES = List.of("Graduate analyst", "Junior consultant", "Research assistant",
            "Operations associate", "Marketing coordinator");
    private static final List<String> PLACES = List.of("Boston, MA", "Chicago, IL", "Remote (US)", "London, UK",
            "Toronto, ON");
    private static final List<String> CONDITIONS = List.of(
            "Hybrid: three days in the office. Health cover from day one.",
            "Overtime paid at time and a half; travel about one week a month.",
            "Four-day week over the summer; study leave for professional exams.");

    private DemoNotebooks() {
    }

    /** Three to five notes for {@code student}, with their parts, ready to persist in list order. */
    public static List<BaseEntity> notebookOf(Random random, Student student, List<Connector> connectors,
                                              List<Organisation> organisations) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<BaseEntity> entities = new ArrayList<>();
        int notes = 3 + random.nextInt(3);
        for (int n = 0; n < notes; n++) {
            Organisation organisation = organisations.isEmpty() || n % 3 == 1 ? null
                    : organisations.get(random.nextInt(organisations.size()));
            Connector connector = connectors.isEmpty() || n % 3 != 2 ? null
                    : connectors.get(random.nextInt(connectors.size()));
            Industry industry = organisation != null ? organisation.getIndustry()
                    : Industry.values()[random.nextInt(Industry.values().length)];
            String title = title(random, organisation, industry, connector);
            ResearchNote note = new ResearchNote(student, title.length() > ResearchNote.TITLE_LENGTH
                    ? title.substring(0, ResearchNote.TITLE_LENGTH) : title);
            note.write(note.getTitle(), "What I want to find out before my next meetings.\n\n"
                    + "Read the careers pages first, then list questions for the people I meet.");
            note.concern(organisation, industry, connector);
            note.retag(pick(random, TAGS) + ", " + pick(random, TAGS));
            entities.add(note);
            addParts(random, entities, note, connectors, today);
        }
        return entities;
    }

    private static void addParts(Random random, List<BaseEntity> entities, ResearchNote note,
                                 List<Connector> connectors, LocalDate today) {
        String slug = note.getTitle().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        entities.add(new NoteSource(note, "https://careers.example/" + slug, null, null));
        entities.add(new NoteSource(note, null, pick(random, PUBLICATIONS), daysAgo(random, today, 120)));
        for (int f = 0, findings = 1 + random.nextInt(3); f < findings; f++) {
            entities.add(new Finding(note, pick(random, FINDINGS)));
        }
        String[] claim = HYPOTHESES.get(random.nextInt(HYPOTHESES.size()));
        Hypothesis hypothesis = new Hypothesis(note, claim[0]);
        Connector heardFrom = connectors.isEmpty() ? null : connectors.get(random.nextInt(connectors.size()));
        switch (random.nextInt(3)) {
            case 0 -> hypothesis.recordOutcome(HypothesisStatus.CONFIRMED, "Two people said the same.", heardFrom,
                    daysAgo(random, today, 30), null);
            case 1 -> {
                hypothesis.recordOutcome(HypothesisStatus.REFINED, claim[1], heardFrom, today.minusDays(40), claim[2]);
                hypothesis.recordOutcome(HypothesisStatus.CONFIRMED, "Confirmed in a second conversation.", null,
                        today.minusDays(10), null);
            }
            default -> {
                // Still open: nothing heard yet.
            }
        }
        entities.add(hypothesis);
        entities.add(new Hypothesis(note, "People here move between departments easily."));
        NewsItem news = new NewsItem(note, pick(random, NEWS), "https://news.example/" + slug);
        news.aimAt(heardFrom, heardFrom != null && random.nextBoolean());
        entities.add(news);
        int low = 38_000 + random.nextInt(20) * 1_000;
        entities.add(new SalaryFinding(note, new SalaryFacts(pick(random, ROLES), BigDecimal.valueOf(low),
                BigDecimal.valueOf(low + 4_000L + random.nextInt(12) * 1_000L), "USD", PayPeriod.YEAR,
                "Conversation at the Northfield careers fair", daysAgo(random, today, 200), pick(random, PLACES),
                pick(random, CONDITIONS))));
    }

    private static String title(Random random, Organisation organisation, Industry industry, Connector connector) {
        if (connector != null) {
            return "Preparing to meet " + connector.getFullName();
        }
        if (organisation != null) {
            return organisation.getName() + ": " + pick(random, TOPICS);
        }
        String name = industry.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1) + ": where graduates start";
    }

    private static LocalDate daysAgo(Random random, LocalDate today, int within) {
        return today.minusDays(1 + random.nextInt(within));
    }

    private static String pick(Random random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
