package org.rapport.meetings.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rapport.meetings.HypothesisOutcomeForm;
import org.rapport.meetings.MeetingModeService;
import org.rapport.meetings.MeetingView;
import org.rapport.meetings.NameForm;
import org.rapport.orgcharts.OrgChartNodeForm;
import org.rapport.orgcharts.OrgChartNodeView;
import org.rapport.orgcharts.OrgChartService;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;
import org.rapport.research.HypothesisStatus;
import org.rapport.research.NotebookItem;

/**
 * Backs the quick-capture panels of meeting mode: names the connector suggested, a fact for the student's org chart
 * of the meeting's organisation (its source names the connector and the day) and what the meeting did to the
 * student's open hypotheses (the note becomes the evidence in the notebook, linked to this meeting).
 */
@Named
@ViewScoped
public class MeetingCaptureBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingModeService mode;

    @Inject
    private OrgChartService charts;

    @Inject
    private MeetingModeBacking page;

    private NameForm name = new NameForm();
    private OrgChartNodeForm fact;
    private List<OrgChartNodeView> chartNodes = List.of();
    private List<NotebookItem> hypotheses = List.of();
    private final Map<Long, HypothesisOutcomeForm> outcomes = new HashMap<>();

    /** Runs after the page's own load; nothing to do when the page was refused. */
    public void load() {
        if (FacesContext.getCurrentInstance().getResponseComplete() || page.getView() == null || fact != null) {
            return;
        }
        hypotheses = page.getHypotheses();
        newFact();
    }

    public void addName() {
        if (attempt("names", () -> mode.addName(page.getId(), name))) {
            Messages.info("meetingMode.names.added", name.getName());
            name = new NameForm();
        }
        page.refresh();
    }

    public void removeName(long nameId) {
        if (attempt("names", () -> mode.removeName(page.getId(), nameId))) {
            Messages.info("meetingMode.names.removed");
        }
        page.refresh();
    }

    public void saveFact() {
        MeetingView view = page.getView();
        if (attempt("chart", () -> charts.saveNode(view.organisationId(), fact))) {
            Messages.info("meetingMode.chart.saved", fact.getName(), view.organisationName());
            newFact();
        }
    }

    public void recordOutcome(long hypothesisId) {
        HypothesisOutcomeForm form = outcomeFor(hypothesisId);
        if (attempt("hypotheses", () -> mode.recordHypothesisOutcome(page.getId(), form))) {
            Messages.info("meetingMode.hypotheses.recorded." + form.getOutcome().name());
            outcomes.remove(hypothesisId);
            hypotheses = mode.hypothesesToTest(page.getId());
        }
    }

    /** The outcome form of one hypothesis, kept per hypothesis so that what is typed in one stays with it. */
    public HypothesisOutcomeForm outcomeFor(long hypothesisId) {
        return outcomes.computeIfAbsent(hypothesisId, key -> {
            HypothesisOutcomeForm form = new HypothesisOutcomeForm();
            form.setHypothesisId(key);
            return form;
        });
    }

    /** What a meeting can do to a hypothesis. */
    public List<HypothesisStatus> getOutcomeChoices() {
        return List.of(HypothesisStatus.CONFIRMED, HypothesisStatus.REFUTED, HypothesisStatus.REFINED);
    }

    /** A fresh org-chart fact: a person, heard from this connector on the meeting's day. */
    private void newFact() {
        MeetingView view = page.getView();
        fact = OrgChartNodeForm.reportingTo(null);
        fact.setSource(Messages.text("meetingMode.chart.source", view.connectorName(), page.getMeetingDay()
                .toString()));
        chartNodes = view.organisationId() == null ? List.of()
                : charts.ownChart(view.organisationId()).getNodesInReadingOrder();
    }

    private static boolean attempt(String formId, Runnable change) {
        return FormActions.attempt(formId, "meeting.conflict", change);
    }

    public NameForm getName() {
        return name;
    }

    public OrgChartNodeForm getFact() {
        return fact;
    }

    public List<OrgChartNodeView> getChartNodes() {
        return chartNodes;
    }

    public List<NotebookItem> getHypotheses() {
        return hypotheses;
    }
}
