package org.rapport.orgcharts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapport.organisations.Industry;
import org.rapport.organisations.Organisation;
import org.rapport.organisations.SizeBand;
import org.rapport.people.ClassYear;
import org.rapport.people.Student;

class OrgChartTest {

    private final OrgChart chart = new OrgChart(
            new Student("T1", "Ada", "Okafor", "ada@students.test.example", "School of Business", "Finance",
                    ClassYear.THIRD_YEAR),
            new Organisation("Kestrel Analytics", Industry.TECHNOLOGY, SizeBand.MEDIUM));

    private OrgChartNode add(String name, OrgChartNode manager) {
        return chart.addNode(NodeKind.PERSON, name, null, "company website", Confidence.LIKELY, manager);
    }

    @Test
    void aNodeCannotReportToItself() {
        OrgChartNode ceo = add("Dana Whitcombe", null);
        ReportingCycleException refused = assertThrows(ReportingCycleException.class, () -> ceo.reportTo(ceo));
        assertEquals("orgChart.node.cycle", refused.getMessageKey());
        assertNull(ceo.getManager(), "the refused link is not made");
    }

    @Test
    void aNodeCannotReportToAnyoneBelowIt() {
        OrgChartNode ceo = add("Dana Whitcombe", null);
        OrgChartNode cto = add("Sam Okafor", ceo);
        OrgChartNode engineer = add("Lee Tanaka", cto);
        assertThrows(ReportingCycleException.class, () -> ceo.reportTo(cto));
        assertThrows(ReportingCycleException.class, () -> ceo.reportTo(engineer));
        assertNull(ceo.getManager());
        assertSame(cto, engineer.getManager());
    }

    @Test
    void aNodeMayMoveUnderASiblingOrToTheTop() {
        OrgChartNode ceo = add("Dana Whitcombe", null);
        OrgChartNode cto = add("Sam Okafor", ceo);
        OrgChartNode cfo = add("Rosa Fontaine", ceo);
        cfo.reportTo(cto);
        assertSame(cto, cfo.getManager());
        cto.reportTo(null);
        assertNull(cto.getManager());
        ceo.reportTo(cfo);
        assertSame(cfo, ceo.getManager(), "the former top may now report to someone who no longer reports to it");
    }

    @Test
    void aManagerMustBeOnTheSameChart() {
        OrgChart other = new OrgChart(chart.getStudent(),
                new Organisation("Bluefin Capital", Industry.FINANCIAL_SERVICES, SizeBand.LARGE));
        OrgChartNode elsewhere = other.addNode(NodeKind.UNIT, "Treasury", null, "annual report", Confidence.CONFIRMED,
                null);
        OrgChartNode here = add("Dana Whitcombe", null);
        assertThrows(IllegalArgumentException.class, () -> here.reportTo(elsewhere));
    }

    @Test
    void removingANodeMovesItsDirectReportsUpToItsManager() {
        OrgChartNode ceo = add("Dana Whitcombe", null);
        OrgChartNode cto = add("Sam Okafor", ceo);
        OrgChartNode lead = add("Lee Tanaka", cto);
        OrgChartNode architect = add("Hana Rahman", cto);
        OrgChartNode engineer = add("Bao Xu", lead);

        List<OrgChartNode> moved = chart.remove(cto);

        assertEquals(List.of(lead, architect), moved);
        assertSame(ceo, lead.getManager());
        assertSame(ceo, architect.getManager());
        assertSame(lead, engineer.getManager(), "reports further down keep their manager");
        assertEquals(List.of(ceo, lead, architect, engineer), chart.getNodes());
    }

    @Test
    void removingATopNodeLeavesItsReportsAtTheTop() {
        OrgChartNode ceo = add("Dana Whitcombe", null);
        OrgChartNode cto = add("Sam Okafor", ceo);
        chart.remove(ceo);
        assertNull(cto.getManager());
        assertEquals(List.of(cto), chart.getNodes());
    }

    @Test
    void sharingIsTheStudentsChoiceAndCanBeUndone() {
        assertTrue(!chart.isSharedWithAdvisor(), "private until shared");
        chart.shareWithAdvisor();
        assertTrue(chart.isSharedWithAdvisor());
        chart.stopSharing();
        assertTrue(!chart.isSharedWithAdvisor());
    }

    @Test
    void describingANodeChecksItsTexts() {
        OrgChartNode node = add("Dana Whitcombe", null);
        node.describe(NodeKind.ROLE, "  Head of Data  ", " ", "told by Sam on 3 March", Confidence.UNCERTAIN);
        assertEquals("Head of Data", node.getName());
        assertNull(node.getTitle());
        assertThrows(IllegalArgumentException.class,
                () -> node.describe(NodeKind.ROLE, "Head of Data", null, " ", Confidence.LIKELY));
        assertThrows(IllegalArgumentException.class, () -> node.describe(NodeKind.ROLE,
                "x".repeat(OrgChartNode.NAME_LENGTH + 1), null, "website", Confidence.LIKELY));
    }

    @Test
    void theViewLinksRowsIntoATreeInReadingOrder() {
        OrgChartView view = new OrgChartView(7L, 3, "Kestrel Analytics", "Ada Okafor", true, List.of(
                row(4, 1L, "Zoe Novak"),
                row(1, null, "Dana Whitcombe"),
                row(2, 1L, "Amara Eze"),
                row(3, 2L, "Bilal Haddad"),
                row(9, 99L, "Orphan Node")));
        assertEquals(List.of("Dana Whitcombe", "Orphan Node"),
                view.getTopNodes().stream().map(OrgChartNodeView::getName).toList(),
                "a node whose manager is missing stands at the top");
        assertEquals(List.of("Dana Whitcombe", "Amara Eze", "Bilal Haddad", "Zoe Novak", "Orphan Node"),
                view.getNodesInReadingOrder().stream().map(OrgChartNodeView::getName).toList());
        assertEquals(2, view.node(3).orElseThrow().getDepth());
        assertTrue(view.isShared());
    }

    @Test
    void theViewStillShowsRowsCaughtInALoop() {
        OrgChartView view = new OrgChartView(7L, 3, "Kestrel Analytics", "Ada Okafor", false, List.of(
                row(1, 2L, "Loop A"), row(2, 1L, "Loop B")));
        assertEquals(2, view.getNodesInReadingOrder().size());
    }

    private static OrgChartNodeView row(long id, Long managerId, String name) {
        return new OrgChartNodeView(id, 0, managerId, NodeKind.PERSON, name, null, null, null, "website",
                Confidence.LIKELY);
    }
}
