package org.rapport.referrals.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.OrganigramNode;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;
import org.rapport.referrals.HeldMeetingOption;
import org.rapport.referrals.ReferralForm;
import org.rapport.referrals.ReferralRow;
import org.rapport.referrals.ReferralService;
import org.rapport.referrals.ReferralStatus;
import org.rapport.referrals.ReferralsView;
import org.rapport.research.ConnectorOption;

/**
 * Backs {@code /student/referrals}: stale referrals, the figures, the chains (drawn, and as nested lists), every
 * referral with its form ({@code ?edit=<id>}, or {@code ?meeting=<id>} to add one from a held meeting); the
 * research list's form is {@link ResearchListBacking}'s.
 */
@Named
@ViewScoped
public class ReferralsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String CONFLICT = "referrals.conflict";

    @Inject
    private ReferralService referrals;

    private Long edit;
    private Long meeting;

    private ReferralsView view;
    private OrganigramNode drawing;
    private ReferralForm form;
    private Long editing;
    private List<ConnectorOption> connectors;
    private List<HeldMeetingOption> heldMeetings;

    public void load() {
        if (edit != null) {
            form = ErrorResponses.loadOrRefuse(edit, "referral", () -> referrals.formFor(edit));
            editing = edit;
        } else {
            form = referrals.newForm(meeting);
        }
        refresh();
    }

    /** Reads the page's view again after a change (also the research list's). */
    void refresh() {
        view = ErrorResponses.loadOrRefuse(() -> referrals.mine());
        drawing = ChainDrawing.of(Messages.text("referrals.chain.root"), view.chains());
    }

    public void save() {
        if (FormActions.attempt("referral", CONFLICT, () -> {
            if (editing == null) {
                ReferralService.Added added = referrals.add(form);
                Messages.info(added.existing() ? "referrals.existing" : "referrals.added");
                editing = added.id();
            } else {
                long kept = referrals.save(editing, form);
                Messages.info(kept == editing ? "referrals.saved" : "referrals.merged");
                editing = kept;
            }
        })) {
            form = referrals.formFor(editing);
        }
        refresh();
    }

    public void makeConnector() {
        long before = editing;
        if (FormActions.attempt("referral", CONFLICT, () -> {
            editing = referrals.makeConnector(before, form.getVersion());
            Messages.info(editing == before ? "referrals.connectorMade" : "referrals.merged");
        })) {
            ReferralForm saved = referrals.formFor(editing);
            if (editing != before) {
                form = saved; // merged into the record the referrer already had: shown as it stands
            } else {
                // Only what the change touched is taken over; anything else typed in the form stays as typed.
                form.setVersion(saved.getVersion());
                form.setConnectorId(saved.getConnectorId());
                form.setName(saved.getName());
            }
            connectors = null;
        }
        refresh();
    }

    public boolean isAdding() {
        return editing == null;
    }

    public ReferralRow getEditingRow() {
        return editing == null ? null
                : view.referrals().stream().filter(row -> row.id() == editing).findFirst().orElse(null);
    }

    public List<ConnectorOption> getConnectors() {
        if (connectors == null) {
            connectors = referrals.myConnectorOptions();
        }
        return connectors;
    }

    public List<HeldMeetingOption> getHeldMeetings() {
        if (heldMeetings == null) {
            heldMeetings = referrals.myHeldMeetings();
        }
        return heldMeetings;
    }

    /** The statuses the form offers: where it stands now and the moves allowed from there. */
    public List<ReferralStatus> getStatuses() {
        ReferralRow row = getEditingRow();
        return row == null ? List.of(ReferralStatus.NAMED) : row.status().withMoves();
    }

    public ReferralsView getView() {
        return view;
    }

    public OrganigramNode getDrawing() {
        return drawing;
    }

    public ReferralForm getForm() {
        return form;
    }

    public Long getEdit() {
        return edit;
    }

    public void setEdit(Long edit) {
        this.edit = edit;
    }

    public Long getMeeting() {
        return meeting;
    }

    public void setMeeting(Long meeting) {
        this.meeting = meeting;
    }
}
