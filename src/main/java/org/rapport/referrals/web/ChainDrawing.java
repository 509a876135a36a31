package org.rapport.referrals.web;

import java.util.List;
import org.primefaces.model.DefaultOrganigramNode;
import org.primefaces.model.OrganigramNode;
import org.rapport.referrals.ChainNode;

/**
 * Turns the chains into the model PrimeFaces' organigram draws: one root standing for the student, every first
 * contact below it, and each person's referrals below them, carrying the {@link ChainNode} as data. The drawing is
 * for the eye; the nested list ({@link ChainOutline}) is what screen readers and keyboards use.
 */
final class ChainDrawing {

    static final String ROOT_TYPE = "root";
    static final String NODE_TYPE = "person";

    private ChainDrawing() {
    }

    static OrganigramNode of(String rootLabel, List<ChainNode> chains) {
        DefaultOrganigramNode root = new DefaultOrganigramNode(ROOT_TYPE, rootLabel, null);
        root.setSelectable(false);
        root.setExpanded(true);
        root.setCollapsible(false);
        chains.forEach(chain -> add(root, chain, "c"));
        return root;
    }

    private static void add(OrganigramNode parent, ChainNode node, String keyPrefix) {
        DefaultOrganigramNode drawn = new DefaultOrganigramNode(NODE_TYPE, node, parent);
        drawn.setRowKey(keyPrefix + (node.referralId() != null ? node.referralId() : node.connectorId()));
        drawn.setSelectable(false);
        drawn.setExpanded(true);
        drawn.setCollapsible(false);
        node.children().forEach(child -> add(drawn, child, drawn.getRowKey() + "_"));
    }
}
