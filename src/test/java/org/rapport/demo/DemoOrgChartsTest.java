package org.rapport.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rapport.connectors.Connector;
import org.rapport.orgcharts.OrgChart;
import org.rapport.orgcharts.OrgChartNode;
import org.rapport.organisations.Organisation;
import org.rapport.people.Student;

class DemoOrgChartsTest {

    private final DemoDataGenerator generator = new DemoDataGenerator(42);
    private final Student student = generator.demoStudent();
    private final List<Organisation> organisations = IntStream.range(0, 60).mapToObj(generator::organisation).toList();

    @Test
    void twoOrThreeChartsForTheStudentEveryNodeWithASourceAndATreeShape() {
        DemoOrgCharts.Result result = new DemoOrgCharts().build(new Random(7), student, organisations, List.of());
        List<OrgChart> charts = result.newEntities().stream().filter(OrgChart.class::isInstance)
                .map(OrgChart.class::cast).toList();
        assertTrue(charts.size() >= 2 && charts.size() <= 3, "charts: " + charts.size());
        charts.forEach(chart -> assertSame(student, chart.getStudent()));
        assertTrue(charts.get(0).isSharedWithAdvisor(), "one chart is shared, to show the advisor's view");
        List<OrgChartNode> nodes = result.newEntities().stream().filter(OrgChartNode.class::isInstance)
                .map(OrgChartNode.class::cast).toList();
        assertEquals(charts.stream().mapToInt(chart -> chart.getNodes().size()).sum(), nodes.size());
        for (OrgChartNode node : nodes) {
            assertFalse(node.getSource().isBlank());
            int depth = 0;
            for (OrgChartNode above = node.getManager(); above != null; above = above.getManager()) {
                assertSame(node.getChart(), above.getChart());
                assertTrue(++depth < 10, "no loops");
            }
            if (node.getManager() != null) {
                assertTrue(result.newEntities().indexOf(node.getManager()) < result.newEntities().indexOf(node),
                        "managers come before their reports, so they can be persisted in order");
            }
        }
    }

    @Test
    void someOrganisationsGainNotesLocationsAndSymmetricCompetitors() {
        DemoOrgCharts.Result result = new DemoOrgCharts().build(new Random(7), student, organisations, List.of());
        assertTrue(result.changedOrganisations().stream().anyMatch(o -> o.getNotes() != null));
        assertTrue(result.changedOrganisations().stream().anyMatch(o -> !o.getLocations().isEmpty()));
        List<Organisation> withRivals = organisations.stream().filter(o -> !o.getCompetitors().isEmpty()).toList();
        assertFalse(withRivals.isEmpty());
        withRivals.forEach(o -> o.getCompetitors().forEach(rival -> {
            assertTrue(rival.getCompetitors().contains(o), "symmetric");
            assertEquals(o.getIndustry(), rival.getIndustry());
        }));
        assertTrue(result.changedOrganisations().containsAll(withRivals));
    }

    @Test
    void aConnectorAtAnOrganisationPutsThatOrganisationOnTheChartsAndThePersonOnIt() {
        Organisation employer = organisations.get(17);
        Connector connector = Connector.privateFor(student, "Noor Haddad");
        connector.placeAt("Data Analyst", employer, null, null);
        DemoOrgCharts.Result result = new DemoOrgCharts().build(new Random(3), student, organisations,
                List.of(connector));
        OrgChart first = (OrgChart) result.newEntities().get(0);
        assertSame(employer, first.getOrganisation());
        assertTrue(first.getNodes().stream().anyMatch(node -> "Noor Haddad".equals(node.getName())));
    }

    @Test
    void theSameRandomSequenceGivesTheSameCharts() {
        List<String> a = names(new DemoOrgCharts().build(new Random(11), student,
                IntStream.range(0, 30).mapToObj(generator::organisation).toList(), List.of()));
        List<String> b = names(new DemoOrgCharts().build(new Random(11), student,
                IntStream.range(0, 30).mapToObj(generator::organisation).toList(), List.of()));
        assertEquals(a, b);
    }

    private static List<String> names(DemoOrgCharts.Result result) {
        return result.newEntities().stream().filter(OrgChartNode.class::isInstance)
                .map(node -> ((OrgChartNode) node).getName()).toList();
    }
}
