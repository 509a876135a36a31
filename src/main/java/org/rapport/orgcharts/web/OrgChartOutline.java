package org.rapport.orgcharts.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import java.util.ResourceBundle;
import org.rapport.orgcharts.OrgChartNodeView;

/**
 * The org chart as nested lists ({@code ul}/{@code li}), the form every screen reader and keyboard handles: each
 * node with its kind, title, connector, confidence and source, its reports nested below it. With an
 * {@code editLink} each node also gets a link that opens it in the editor. Text is always written escaped.
 *
 * <p>A component rather than Facelets because a tree of unknown depth needs recursion at render time, which
 * {@code ui:repeat} cannot nest and {@code c:forEach} would only evaluate when the view is built.
 */
@FacesComponent(value = OrgChartOutline.COMPONENT_TYPE, createTag = true, tagName = "outline",
        namespace = "urn:rapport:org-chart")
public class OrgChartOutline extends UIComponentBase {

    public static final String COMPONENT_TYPE = "org.rapport.orgcharts.OrgChartOutline";

    @Override
    public String getFamily() {
        return "org.rapport.organisations";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<OrgChartNodeView> nodes = (List<OrgChartNodeView>) getAttributes().get("value");
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("div", this);
        writer.writeAttribute("id", getClientId(context), "id");
        writer.writeAttribute("class", "r-outline", null);
        if (nodes != null && !nodes.isEmpty()) {
            ResourceBundle text = context.getApplication().getResourceBundle(context, "msg");
            writeList(writer, nodes, text, (String) getAttributes().get("editLink"),
                    (Long) getAttributes().get("selected"));
        }
        writer.endElement("div");
    }

    private void writeList(ResponseWriter writer, List<OrgChartNodeView> nodes, ResourceBundle text, String editLink,
                           Long selected) throws IOException {
        writer.startElement("ul", this);
        for (OrgChartNodeView node : nodes) {
            writer.startElement("li", this);
            writer.writeAttribute("data-node", node.getId(), null);
            writer.startElement("span", this);
            writer.writeAttribute("class", "r-outline-name", null);
            writer.writeText(node.getName(), null);
            writer.endElement("span");
            writer.writeText(" (" + text.getString(node.getKind().messageKey())
                    + (node.getTitle() == null ? "" : ", " + node.getTitle()) + ")", null);
            if (node.getConnectorName() != null) {
                writer.writeText(" · " + text.getString("orgChart.outline.connector") + " " + node.getConnectorName(),
                        null);
            }
            writer.startElement("span", this);
            writer.writeAttribute("class", "r-outline-meta", null);
            writer.writeText(text.getString(node.getConfidence().messageKey()) + ". "
                    + text.getString("orgChart.outline.source") + " " + node.getSource(), null);
            writer.endElement("span");
            if (editLink != null) {
                writer.writeText(" ", null);
                writer.startElement("a", this);
                writer.writeURIAttribute("href", editLink + node.getId() + "#editor-heading", null);
                if (selected != null && selected == node.getId()) {
                    writer.writeAttribute("aria-current", "true", null);
                }
                writer.writeText(text.getString("orgChart.outline.edit") + " " + node.getName(), null);
                writer.endElement("a");
            }
            if (!node.getReports().isEmpty()) {
                writeList(writer, node.getReports(), text, editLink, selected);
            }
            writer.endElement("li");
        }
        writer.endElement("ul");
    }
}
