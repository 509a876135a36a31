package org.rapport.referrals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** Chains from a student's referrals: depth, branching, names without a connector yet, outcomes, and cycles. */
class ReferralChainsTest {

    private static final Map<Long, String> NAMES = Map.of(1L, "Ada Quill", 2L, "Bea Rowe", 3L, "Cyd Shaw",
            4L, "Dev Tran", 5L, "Eli Upton", 6L, "Fay Vance", 7L, "Gus Wren", 8L, "Hal Xu");
    private static final LongFunction<String> NAME_OF = NAMES::get;

    private long nextReferral = 100;

    private ChainLink link(long from, Long to, ReferralStatus status, boolean outcome) {
        return new ChainLink(nextReferral++, from, to, to == null ? "Someone at Harbour Freight" : NAMES.get(to),
                status, outcome);
    }

    private ChainLink link(long from, long to) {
        return link(from, to, ReferralStatus.MET, false);
    }

    @Test
    void aChainOfSixPeopleHasDepthFiveAndOneFirstContact() {
        List<ChainLink> links = List.of(link(1, 2), link(2, 3), link(3, 4), link(4, 5), link(5, 6));
        List<ChainNode> roots = ReferralChains.build(links, NAME_OF);
        assertEquals(1, roots.size());
        ChainNode ada = roots.get(0);
        assertEquals("Ada Quill", ada.name());
        assertNull(ada.referralId(), "a first contact came from no referral");
        assertEquals(5, ada.depth());
        assertEquals(5, ada.size());
        assertEquals(5, ReferralChains.longest(roots));
        ChainNode node = ada;
        for (String name : List.of("Bea Rowe", "Cyd Shaw", "Dev Tran", "Eli Upton", "Fay Vance")) {
            assertEquals(1, node.children().size());
            node = node.children().get(0);
            assertEquals(name, node.name());
        }
        assertTrue(node.children().isEmpty());
    }

    @Test
    void branchesAreOrderedByNameAndANameWithoutAConnectorIsALeaf() {
        List<ChainLink> links = List.of(link(1, 3L, ReferralStatus.CONTACTED, false), link(1, 2),
                link(1, null, ReferralStatus.NAMED, false), link(2, 4));
        ChainNode ada = ReferralChains.build(links, NAME_OF).get(0);
        assertEquals(List.of("Bea Rowe", "Cyd Shaw", "Someone at Harbour Freight"),
                ada.children().stream().map(ChainNode::name).toList());
        ChainNode named = ada.children().get(2);
        assertNull(named.connectorId());
        assertEquals(ReferralStatus.NAMED, named.status());
        assertEquals(ReferralStatus.CONTACTED, ada.children().get(1).status());
        assertEquals(2, ada.depth());
        assertEquals(4, ada.size());
    }

    @Test
    void anOutcomeMarksEveryoneAboveItOnItsBranchOnly() {
        List<ChainLink> links = List.of(link(1, 2), link(2, 3L, ReferralStatus.MET, true), link(1, 4));
        ChainNode ada = ReferralChains.build(links, NAME_OF).get(0);
        assertTrue(ada.outcomeBelow());
        ChainNode bea = ada.children().get(0);
        assertTrue(bea.outcomeBelow(), "Bea led to Cyd, who led to the offer");
        assertTrue(bea.children().get(0).outcomeBelow());
        assertFalse(ada.children().get(1).outcomeBelow(), "Dev's branch led to nothing yet");
    }

    @Test
    void separateFirstContactsMakeSeparateTrees() {
        List<ChainLink> links = List.of(link(7, 8), link(1, 2));
        List<ChainNode> roots = ReferralChains.build(links, NAME_OF);
        assertEquals(List.of("Ada Quill", "Gus Wren"), roots.stream().map(ChainNode::name).toList());
        assertEquals(1, ReferralChains.longest(roots));
    }

    @Test
    void aCycleWithAWayInEndsWithARepeatOfThePersonAlreadyOnThePath() {
        // Ada → Bea → Cyd → Bea: Bea appears again as a repeat leaf and is not followed.
        List<ChainLink> links = List.of(link(1, 2), link(2, 3), link(3, 2));
        List<ChainNode> roots = ReferralChains.build(links, NAME_OF);
        assertEquals(1, roots.size());
        ChainNode cyd = roots.get(0).children().get(0).children().get(0);
        assertEquals("Cyd Shaw", cyd.name());
        ChainNode back = cyd.children().get(0);
        assertEquals("Bea Rowe", back.name());
        assertTrue(back.repeat());
        assertTrue(back.children().isEmpty());
        assertEquals(2, roots.get(0).depth(), "Ada, Bea, Cyd: the way back to Bea is not a new person");
    }

    @Test
    void aCycleWithNoWayInStartsFromItsLowestIdAndNobodyIsLost() {
        // Bea ↔ Cyd referred each other, and nobody else referred either: still drawn, once, without looping.
        List<ChainLink> links = List.of(link(3, 2), link(2, 3), link(1, 4));
        List<ChainNode> roots = ReferralChains.build(links, NAME_OF);
        assertEquals(List.of("Ada Quill", "Bea Rowe"), roots.stream().map(ChainNode::name).toList());
        ChainNode bea = roots.get(1);
        assertEquals("Cyd Shaw", bea.children().get(0).name());
        assertTrue(bea.children().get(0).children().get(0).repeat());
        assertEquals(1, bea.depth(), "a chain of one: Bea then Cyd");
    }

    @Test
    void aWideAndDeepChainIsBuiltWithoutRecursingPastThePath() {
        // 200 people in one line, each also naming one person without a connector yet.
        List<ChainLink> links = new ArrayList<>();
        Map<Long, String> names = new java.util.HashMap<>();
        for (long id = 1; id <= 200; id++) {
            names.put(id, "Person " + id);
            if (id < 200) {
                links.add(new ChainLink(1000 + id, id, id + 1, "Person " + (id + 1), ReferralStatus.MET, id == 199));
            }
            links.add(new ChainLink(5000 + id, id, null, "Name only " + id, ReferralStatus.NAMED, false));
        }
        List<ChainNode> roots = ReferralChains.build(links, names::get);
        assertEquals(1, roots.size());
        assertEquals(200, ReferralChains.longest(roots), "199 people down, then the last one's name-only referral");
        assertEquals(199 + 200, roots.get(0).size());
        assertTrue(roots.get(0).outcomeBelow());
    }

    @Test
    void noReferralsNoChains() {
        assertEquals(List.of(), ReferralChains.build(List.of(), NAME_OF));
        assertEquals(0, ReferralChains.longest(List.of()));
    }
}
