package org.rapport.connectors.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rapport.connectors.ConnectorForm;
import org.rapport.connectors.ConnectorService;
import org.rapport.platform.web.ErrorResponses;

/** Backs {@code /staff/connector?id=…}: a caseload advisor reads one of a student's connectors. */
@Named
@ViewScoped
public class ConnectorViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConnectorService connectors;

    private Long id;
    private ConnectorForm form;

    public void load() {
        if (form != null) {
            return;
        }
        form = ErrorResponses.loadOrRefuse(id, "connector", () -> connectors.readConnector(id));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ConnectorForm getForm() {
        return form;
    }
}
