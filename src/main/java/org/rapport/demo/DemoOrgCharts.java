package org.rapport.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.rapport.connectors.Connector;
import org.rapport.orgcharts.Confidence;
import org.rapport.organisations.Industry;
import org.rapport.orgcharts.NodeKind;
import org.rapport.orgcharts.OrgChart;
import org.rapport.orgcharts.OrgChartNode;
import org.rapport.organisations.Organisation;
import org.rapport.organisations.OrganisationLocation;
import org.rapport.people.Student;
import org.rapport.platform.BaseEntity;

/**
 * Demo research on organisations: further locations, office notes and competitor links for some of them, and two or
 * three org charts for a demo student, with fictional people, the sources a student would note and mixed confidence.
 * Where the student has a connector at an organisation, that organisation gets a chart and the connector appears on
 * it, linked. The same random sequence gives the same data.
 *
 * <p>Call it with persisted records: {@code build(random, student, organisations, connectors)}, then merge
 * {@link Result#changedOrganisations()} (they gained locations, notes and competitors) and persist
 * {@link Result#newEntities()} in order (charts before their nodes, managers before their reports).
 */
public final class DemoOrgCharts {

    private static final List<String> NOTES = List.of(
            "Hires a handful of graduates each spring; applications open in October. Alumni say the first year"
                    + " rotates through two teams.",
            "Visited the careers fair last autumn. The recruiter suggested informational interviews with the"
                    + " analytics team before applying.",
            "Known for a mentoring scheme for new starters. Ask about the hybrid-work policy, which changed this year.",
            "Small office, big client list. Interns often stay on; the founder still interviews every candidate.");

    private static final List<String[]> UNITS = List.of(
            new String[] {"Analytics and Insights", "Data Engineering", "Customer Research"},
            new String[] {"Operations", "Supply Planning", "Logistics"},
            new String[] {"Finance", "Financial Planning", "Treasury"},
            new String[] {"Product", "Product Design", "Platform Engineering"});

    private static final List<String[]> TITLES = List.of(
            new String[] {"Director", "Senior Manager", "Analyst"},
            new String[] {"Head of Operations", "Planning Lead", "Coordinator"},
            new String[] {"Finance Director", "Team Lead", "Associate"},
            new String[] {"VP Product", "Design Lead", "Engineer"});

    private static final List<String> WRITTEN_SOURCES = List.of(
            "company website, leadership page", "annual report", "careers-fair brochure",
            "professional networking profile");

    /** What the demo adds: organisations changed in place, and new charts and nodes. */
    public record Result(List<Organisation> changedOrganisations, List<BaseEntity> newEntities) {

        public Result {
            changedOrganisations = List.copyOf(changedOrganisations);
            newEntities = List.copyOf(newEntities);
        }
    }

    public Result build(Random random, Student student, List<Organisation> organisations, List<Connector> connectors) {
        Set<Organisation> changed = new LinkedHashSet<>();
        describe(random, organisations, changed);
        linkCompetitors(random, organisations, changed);
        List<BaseEntity> created = new ArrayList<>();
        List<Organisation> charted = chooseChartedOrganisations(random, organisations, connectors);
        for (int i = 0; i < charted.size(); i++) {
            Organisation organisation = charted.get(i);
            OrgChart chart = new OrgChart(student, organisation);
            if (i == 0) {
                chart.shareWithAdvisor();
            }
            created.add(chart);
            created.addAll(drawChart(random, chart, i, connectors.stream()
                    .filter(c -> worksAt(c, organisation)).toList()));
        }
        return new Result(new ArrayList<>(changed), created);
    }

    /** Every third organisation gets notes, every other one a further location or two. */
    private static void describe(Random random, List<Organisation> organisations, Set<Organisation> changed) {
        for (int i = 0; i < organisations.size(); i++) {
            Organisation organisation = organisations.get(i);
            if (i % 3 == 0) {
                organisation.writeNotes(NOTES.get(random.nextInt(NOTES.size())));
                changed.add(organisation);
            }
            if (i % 2 == 0) {
                List<OrganisationLocation> places = new ArrayList<>(organisation.getLocations());
                for (int n = 1 + random.nextInt(2); n > 0; n--) {
                    String[] city = DemoCatalog.CITIES.get(random.nextInt(DemoCatalog.CITIES.size()));
                    if (!city[0].equals(organisation.getCity())) {
                        places.add(new OrganisationLocation(city[0], city[1]));
                    }
                }
                organisation.relocate(places);
                changed.add(organisation);
            }
        }
    }

    /** Organisations of one industry compete: each is linked to the next of its industry, now and then. */
    private static void linkCompetitors(Random random, List<Organisation> organisations,
                                        Set<Organisation> changed) {
        Map<Industry, List<Organisation>> byIndustry = new LinkedHashMap<>();
        organisations.forEach(o -> byIndustry.computeIfAbsent(o.getIndustry(), k -> new ArrayList<>()).add(o));
        for (List<Organisation> rivals : byIndustry.values()) {
            for (int i = 0; i + 1 < rivals.size(); i++) {
                if (random.nextInt(3) > 0) {
                    rivals.get(i).addCompetitor(rivals.get(i + 1));
                    changed.add(rivals.get(i));
                    changed.add(rivals.get(i + 1));
                }
            }
        }
    }

    /** Organisations where the student has connectors first, then others, two or three in all. */
    private static List<Organisation> chooseChartedOrganisations(Random random, List<Organisation> organisations,
                                                                 List<Connector> connectors) {
        List<Organisation> chosen = new ArrayList<>();
        int wanted = Math.min(organisations.size(), 2 + random.nextInt(2));
        for (Connector connector : connectors) {
            organisations.stream().filter(o -> worksAt(connector, o) && !chosen.contains(o))
                    .findFirst().filter(o -> chosen.size() < wanted).ifPresent(chosen::add);
        }
        List<Organisation> rest = new ArrayList<>(organisations);
        rest.removeAll(chosen);
        rest.sort(Comparator.comparing(Organisation::getName));
        while (chosen.size() < wanted && !rest.isEmpty()) {
            chosen.add(rest.remove(random.nextInt(rest.size())));
        }
        return chosen;
    }

    /** A unit, its head, two teams under the head, and a person or two in each team. */
    private static List<OrgChartNode> drawChart(Random random, OrgChart chart, int index,
                                                List<Connector> atOrganisation) {
        int kind = (index + random.nextInt(UNITS.size())) % UNITS.size();
        String[] units = UNITS.get(kind);
        String[] titles = TITLES.get(kind);
        List<OrgChartNode> nodes = new ArrayList<>();
        OrgChartNode unit = chart.addNode(NodeKind.UNIT, units[0], null, written(random), Confidence.CONFIRMED, null);
        nodes.add(unit);
        OrgChartNode head = chart.addNode(NodeKind.PERSON, person(random), titles[0], written(random),
                Confidence.CONFIRMED, unit);
        nodes.add(head);
        String contact = atOrganisation.isEmpty() ? person(random) : atOrganisation.get(0).getFullName();
        for (int team = 1; team <= 2; team++) {
            OrgChartNode teamNode = chart.addNode(NodeKind.UNIT, units[team], null,
                    "told by " + contact + " in our meeting on " + (3 + random.nextInt(25)) + " March",
                    team == 1 ? Confidence.LIKELY : Confidence.UNCERTAIN, head);
            nodes.add(teamNode);
            OrgChartNode lead = chart.addNode(NodeKind.ROLE, titles[1] + ", " + units[team], null,
                    written(random), Confidence.LIKELY, teamNode);
            nodes.add(lead);
            OrgChartNode member = chart.addNode(NodeKind.PERSON, person(random), titles[2], written(random),
                    random.nextBoolean() ? Confidence.LIKELY : Confidence.UNCERTAIN, lead);
            nodes.add(member);
        }
        if (!atOrganisation.isEmpty()) {
            Connector connector = atOrganisation.get(0);
            OrgChartNode known = chart.addNode(NodeKind.PERSON, connector.getFullName(), connector.getTitle(),
                    "my own meeting with " + connector.getFullName(), Confidence.CONFIRMED, nodes.get(2));
            known.linkConnector(connector.getId());
            nodes.add(known);
        }
        return nodes;
    }

    /** Compared by id: a connector read from the database refers to its organisation through a lazy proxy. */
    private static boolean worksAt(Connector connector, Organisation organisation) {
        Organisation employer = connector.getOrganisation();
        return employer == organisation
                || employer != null && organisation.getId() != null && organisation.getId().equals(employer.getId());
    }

    private static String person(Random random) {
        return DemoCatalog.GIVEN_NAMES.get(random.nextInt(DemoCatalog.GIVEN_NAMES.size())) + " "
                + DemoCatalog.FAMILY_NAMES.get(random.nextInt(DemoCatalog.FAMILY_NAMES.size()));
    }

    private static String written(Random random) {
        return WRITTEN_SOURCES.get(random.nextInt(WRITTEN_SOURCES.size()));
    }
}
