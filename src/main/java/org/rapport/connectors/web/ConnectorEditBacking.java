package org.rapport.connectors.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.rapport.connectors.ConnectorForm;
import org.rapport.connectors.ConnectorSaveResult;
import org.rapport.connectors.ConnectorService;
import org.rapport.connectors.ConnectorSummary;
import org.rapport.platform.BusinessException;
import org.rapport.platform.web.Messages;

/** Backs {@code /student/connector[?id=…]}: a student adds or edits one of their own connectors. */
@Named
@ViewScoped
public class ConnectorEditBacking extends ConnectorFormBacking {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConnectorService connectors;

    private List<ConnectorSummary> referrers;

    @Override
    protected ConnectorForm newForm() {
        return connectors.newConnector();
    }

    @Override
    protected ConnectorForm formFor(long connectorId) {
        return connectors.editConnector(connectorId);
    }

    @Override
    protected ConnectorSaveResult store(ConnectorForm toSave) {
        return connectors.saveConnector(toSave);
    }

    @Override
    protected String pageOf(long connectorId) {
        return "/student/connector?id=" + connectorId;
    }

    public void archive() {
        act(() -> connectors.archiveConnector(getId()), "connector.archived");
    }

    public void restore() {
        act(() -> connectors.restoreConnector(getId()), "connector.restored");
    }

    public String delete() {
        try {
            connectors.deleteConnector(getId());
        } catch (BusinessException refused) {
            report(refused);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        Messages.info("connector.deleted", getForm().getFullName());
        return "/student/connectors?faces-redirect=true";
    }

    /** The student's other connectors, to name as the referrer. */
    public List<ConnectorSummary> getReferrers() {
        if (referrers == null) {
            referrers = connectors.listReferrerChoices(getId());
        }
        return referrers;
    }
}
