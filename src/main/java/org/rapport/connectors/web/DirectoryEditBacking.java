package org.rapport.connectors.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.rapport.connectors.ConnectorForm;
import org.rapport.connectors.ConnectorSaveResult;
import org.rapport.connectors.DirectoryService;
import org.rapport.connectors.DirectorySummary;
import org.rapport.connectors.FatigueCap;

/** Backs {@code /staff/directory-connector[?id=…]}: staff add or edit a directory volunteer, consent and cap. */
@Named
@ViewScoped
public class DirectoryEditBacking extends ConnectorFormBacking {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    private DirectorySummary capStatus;

    @Override
    protected ConnectorForm newForm() {
        return directory.newDirectoryConnector();
    }

    @Override
    protected ConnectorForm formFor(long connectorId) {
        return directory.editDirectoryConnector(connectorId);
    }

    @Override
    protected ConnectorSaveResult store(ConnectorForm toSave) {
        return directory.saveDirectoryConnector(toSave);
    }

    @Override
    protected String pageOf(long connectorId) {
        return "/staff/directory-connector?id=" + connectorId;
    }

    public void archive() {
        act(() -> directory.archiveDirectoryConnector(getId()), "directory.archived");
    }

    public void restore() {
        act(() -> directory.restoreDirectoryConnector(getId()), "connector.restored");
    }

    /** Open requests against this volunteer's cap now; {@code null} for a new record. */
    public DirectorySummary getCapStatus() {
        if (capStatus == null && getId() != null) {
            capStatus = directory.capStatus(getId());
        }
        return capStatus;
    }

    public FatigueCap getOfficeCap() {
        return directory.officeCap();
    }
}
