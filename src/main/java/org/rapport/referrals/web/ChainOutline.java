package org.rapport.referrals.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.rapport.referrals.ChainNode;

/**
 * The referral chains as nested lists ({@code ul}/{@code li}), the form screen readers and keyboards handle: each
 * person with where their referral stands and whether their branch led to a success, everyone they referred nested
 * below. A repeat (someone already further up the same branch) says so and is not followed. With {@code editLink}
 * each referral gets a link to its form. Text is always written escaped.
 *
 * <p>A component because a tree of unknown depth needs recursion at render time (see the org chart's outline).
 */
@FacesComponent(value = ChainOutline.COMPONENT_TYPE, createTag = true, tagName = "chainOutline",
        namespace = "urn:rapport:referrals")
public class ChainOutline extends UIComponentBase {

    public static final String COMPONENT_TYPE = "org.rapport.referrals.ChainOutline";

    @Override
    public String getFamily() {
        return "org.rapport.referrals";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<ChainNode> roots = (List<ChainNode>) getAttributes().get("value");
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("div", this);
        writer.writeAttribute("id", getClientId(context), "id");
        writer.writeAttribute("class", "r-outline r-chain-outline", null);
        if (roots != null && !roots.isEmpty()) {
            ResourceBundle text = context.getApplication().getResourceBundle(context, "msg");
            String editLink = (String) getAttributes().get("editLink");
            writeList(writer, roots, text, editLink == null || editLink.isBlank() ? null : editLink);
        }
        writer.endElement("div");
    }

    private void writeList(ResponseWriter writer, List<ChainNode> nodes, ResourceBundle text, String editLink)
            throws IOException {
        writer.startElement("ul", this);
        for (ChainNode node : nodes) {
            writer.startElement("li", this);
            if (node.referralId() != null) {
                writer.writeAttribute("data-referral", node.referralId(), null);
            }
            writer.startElement("span", this);
            writer.writeAttribute("class", "r-outline-name", null);
            writer.writeText(node.name(), null);
            writer.endElement("span");
            writer.startElement("span", this);
            writer.writeAttribute("class", "r-outline-meta", null);
            writer.writeText(" " + describe(node, text), null);
            writer.endElement("span");
            if (editLink != null && node.referralId() != null && !node.repeat()) {
                writer.writeText(" ", null);
                writer.startElement("a", this);
                writer.writeURIAttribute("href", editLink + node.referralId() + "#editor-heading", null);
                writer.writeText(MessageFormat.format(text.getString("referrals.chain.edit"), node.name()), null);
                writer.endElement("a");
            }
            if (!node.children().isEmpty()) {
                writeList(writer, node.children(), text, editLink);
            }
            writer.endElement("li");
        }
        writer.endElement("ul");
    }

    static String describe(ChainNode node, ResourceBundle text) {
        StringBuilder line = new StringBuilder("(");
        line.append(node.status() == null ? text.getString("referrals.chain.firstContact")
                : text.getString(node.status().messageKey()));
        if (node.repeat()) {
            line.append(", ").append(text.getString("referrals.chain.repeat"));
        }
        if (node.outcomeBelow()) {
            line.append(", ").append(text.getString("referrals.chain.outcome"));
        }
        return line.append(')').toString();
    }
}
