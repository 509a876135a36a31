package org.rapport.referrals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * Builds a student's referral chains from their referrals (read in one query): one tree per first contact, down
 * through everyone each person referred, recursively. A first contact is a connector who referred someone but was
 * not referred by anyone; when every person in a group was referred by another (a cycle with no way in), the one
 * with the lowest id starts the tree so nobody is lost. A person already on the path is shown once more as a repeat
 * leaf and not followed, so cycles end; self-referrals never reach here (the entity refuses them) but would end the
 * same way.
 */
public final class ReferralChains {

    private ReferralChains() {
    }

    /**
     * The chains, first contacts ordered by name then id.
     *
     * @param links  every referral of the student
     * @param nameOf the name of a connector by id (first contacts are not in any link's {@code toConnectorId})
     */
    public static List<ChainNode> build(List<ChainLink> links, LongFunction<String> nameOf) {
        return build(links, nameOf, Set.of());
    }

    /**
     * The same, where {@code outcomeAt} holds the connectors whose own conversation led to a recorded success (a
     * first contact's included): their branch is marked all the way up.
     */
    public static List<ChainNode> build(List<ChainLink> links, LongFunction<String> nameOf, Set<Long> outcomeAt) {
        Map<Long, List<ChainLink>> byReferrer = new LinkedHashMap<>();
        Set<Long> referred = new HashSet<>();
        for (ChainLink link : links) {
            byReferrer.computeIfAbsent(link.fromConnectorId(), id -> new ArrayList<>()).add(link);
            if (link.toConnectorId() != null) {
                referred.add(link.toConnectorId());
            }
        }
        byReferrer.values().forEach(list -> list.sort(Comparator.comparing(ChainLink::name,
                String.CASE_INSENSITIVE_ORDER).thenComparing(ChainLink::referralId)));

        List<Long> starts = new ArrayList<>(byReferrer.keySet().stream().filter(id -> !referred.contains(id))
                .toList());
        Set<Long> reached = new HashSet<>();
        List<ChainNode> roots = new ArrayList<>();
        for (Long start : starts) {
            roots.add(node(start, nameOf.apply(start), null, null, byReferrer, new HashSet<>(), reached,
                    outcomeAt));
        }
        // Cycles with no way in: start each from its lowest id until everyone is in a tree.
        byReferrer.keySet().stream().sorted().forEach(id -> {
            if (!reached.contains(id)) {
                roots.add(node(id, nameOf.apply(id), null, null, byReferrer, new HashSet<>(), reached, outcomeAt));
            }
        });
        roots.sort(Comparator.comparing((ChainNode n) -> n.name() == null ? "" : n.name(),
                String.CASE_INSENSITIVE_ORDER).thenComparing(n -> n.connectorId() == null ? 0 : n.connectorId()));
        return roots;
    }

    private static ChainNode node(Long connectorId, String name, Long referralId, ChainLink via,
                                  Map<Long, List<ChainLink>> byReferrer, Set<Long> path, Set<Long> reached,
                                  Set<Long> outcomeAt) {
        if (connectorId != null && path.contains(connectorId)) {
            return new ChainNode(connectorId, name, referralId, via == null ? null : via.status(), true, false,
                    List.of());
        }
        if (connectorId != null) {
            path.add(connectorId);
            reached.add(connectorId);
        }
        List<ChainNode> children = new ArrayList<>();
        if (connectorId != null) {
            for (ChainLink link : byReferrer.getOrDefault(connectorId, List.of())) {
                children.add(node(link.toConnectorId(), link.name(), link.referralId(), link, byReferrer, path,
                        reached, outcomeAt));
            }
            path.remove(connectorId);
        }
        boolean outcome = (via != null && via.ledToOutcome())
                || (connectorId != null && outcomeAt.contains(connectorId))
                || children.stream().anyMatch(child -> !child.repeat() && child.outcomeBelow());
        return new ChainNode(connectorId, name, referralId, via == null ? null : via.status(), false, outcome,
                List.copyOf(children));
    }

    /** Edges in the longest chain among {@code roots} (0 when nobody referred anyone). */
    public static int longest(List<ChainNode> roots) {
        return roots.stream().mapToInt(ChainNode::depth).max().orElse(0);
    }
}
