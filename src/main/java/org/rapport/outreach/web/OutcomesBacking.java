package org.rapport.outreach.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.rapport.outreach.outcomes.Helper;
import org.rapport.outreach.outcomes.OutcomeForm;
import org.rapport.outreach.outcomes.OutcomeKind;
import org.rapport.outreach.outcomes.OutcomeService;
import org.rapport.outreach.outcomes.PastOutcome;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;

/**
 * Backs {@code /student/outcomes}: the student records a success, sees beforehand everyone who will get a "tell
 * them" task, and follows those tasks for the outcomes recorded before.
 */
@Named
@ViewScoped
public class OutcomesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutcomeService outcomes;

    private OutcomeForm form;
    private List<Helper> helpers;
    private List<PastOutcome> past;

    @PostConstruct
    void load() {
        form = ErrorResponses.loadOrRefuse(() -> outcomes.newForm());
    }

    public void record() {
        if (FormActions.attempt("outcome", "outcomes.conflict", () -> {
            int told = outcomes.record(form);
            Messages.info("outcomes.recorded", told);
        })) {
            form = outcomes.newForm();
        }
        helpers = null;
        past = null;
    }

    public List<Helper> getHelpers() {
        if (helpers == null) {
            helpers = ErrorResponses.loadOrRefuse(() -> outcomes.myHelpers());
        }
        return helpers;
    }

    public List<PastOutcome> getPast() {
        if (past == null) {
            past = ErrorResponses.loadOrRefuse(() -> outcomes.myOutcomes());
        }
        return past;
    }

    public List<OutcomeKind> getKinds() {
        return List.of(OutcomeKind.values());
    }

    public OutcomeForm getForm() {
        return form;
    }
}
