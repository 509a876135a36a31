package org.rapport.connectors.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rapport.connectors.ConnectorForm;
import org.rapport.connectors.ConnectorService;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.NotFoundException;
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
        try {
            if (id == null) {
                throw new NotFoundException("connector", "(none)");
            }
            form = connectors.readConnector(id);
        } catch (AccessDeniedException refused) {
            ErrorResponses.accessDenied(refused);
        } catch (NotFoundException missing) {
            ErrorResponses.notFound(missing);
        }
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
