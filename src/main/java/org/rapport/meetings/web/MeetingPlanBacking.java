package org.rapport.meetings.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.rapport.meetings.ConnectorPick;
import org.rapport.meetings.ListItem;
import org.rapport.meetings.MeetingForm;
import org.rapport.meetings.MeetingService;
import org.rapport.meetings.MeetingView;
import org.rapport.organisations.OrganisationService;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;

/**
 * Backs {@code /student/meeting} ({@code ?id=…} for a planned meeting, {@code ?connector=…} to start one with a
 * connector): the plan (connector, organisation, purpose, length) and the meeting as the list section shows it,
 * which that section asks it to reload after a change.
 */
@Named
@ViewScoped
public class MeetingPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String CONFLICT = "meeting.conflict";

    @Inject
    private MeetingService meetings;

    @Inject
    private OrganisationService organisations;

    private Long id;
    private Long connector;
    private MeetingForm form;
    private MeetingView view;
    private List<ConnectorPick> connectors;
    /** The list's rows: a copy the table may reorder in place when a row is dragged (PrimeFaces does). */
    private List<ListItem> rows;

    public void load() {
        if (connectors != null) {
            return;
        }
        connectors = ErrorResponses.loadOrRefuse(() -> meetings.connectorPicks());
        if (connectors == null) {
            return;
        }
        if (id == null) {
            form = meetings.newMeeting(connector);
            return;
        }
        view = ErrorResponses.loadOrRefuse(id, "meeting", () -> meetings.view(id));
        rows = view == null ? null : new ArrayList<>(view.items());
        form = view != null && view.editable() ? meetings.formFor(id) : null;
    }

    /** Saves the plan; a new meeting then opens at its own address, where its list is built. */
    public String save() {
        boolean created = form.isNew();
        long[] saved = new long[1];
        if (!FormActions.attempt("plan", CONFLICT, () -> saved[0] = meetings.save(form))) {
            return null;
        }
        if (created) {
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            Messages.info("meeting.plan.created");
            return "/student/meeting?faces-redirect=true&id=" + saved[0];
        }
        form = meetings.formFor(id);
        refresh();
        Messages.info("meeting.plan.saved");
        return null;
    }

    /** Reloads the meeting after the list section changed it. */
    public void refresh() {
        view = meetings.view(id);
        rows = new ArrayList<>(view.items());
    }

    public List<ListItem> getRows() {
        return rows;
    }

    public List<String> suggestOrganisations(String text) {
        return organisations.suggest(text, 10).stream().map(choice -> choice.getName()).toList();
    }

    public List<ConnectorPick> getConnectors() {
        return connectors;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getConnector() {
        return connector;
    }

    public void setConnector(Long connector) {
        this.connector = connector;
    }

    public MeetingForm getForm() {
        return form;
    }

    public MeetingView getView() {
        return view;
    }
}
