package org.rapport.reminders.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;
import org.rapport.platform.web.PagedModel;
import org.rapport.reminders.MailStatus;
import org.rapport.reminders.OutboxProblem;
import org.rapport.reminders.OutboxService;
import org.rapport.reminders.OutboxState;
import org.rapport.reminders.RunReport;

/**
 * Backs {@code /staff/mail}: whether the office's mail server is configured (never its password), the outbox by
 * state, the mail that failed or waits after an error (paged in MariaDB), a retry per mail and a run of the
 * scheduler on demand.
 */
@Named
@ViewScoped
public class MailStatusBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "outbox";
    private static final String CONFLICT = "mail.conflict";

    @Inject
    private OutboxService outbox;

    private MailStatus status;
    private Map<OutboxState, Long> counts;

    private final LazyDataModel<OutboxProblem> problems = new PagedModel<>(
            none -> outbox.countProblems(),
            page -> outbox.listProblems(page),
            OutboxProblem::id);

    public MailStatus getStatus() {
        if (status == null) {
            status = outbox.mailStatus();
        }
        return status;
    }

    /** The outbox by state, in the states' order. */
    public List<Map.Entry<OutboxState, Long>> getCounts() {
        if (counts == null) {
            counts = outbox.countsByState();
        }
        return List.copyOf(counts.entrySet());
    }

    public LazyDataModel<OutboxProblem> getProblems() {
        return problems;
    }

    public void retry(OutboxProblem problem) {
        if (FormActions.attempt(FORM, CONFLICT, () -> outbox.retryNow(problem.id(), problem.version()))) {
            Messages.info("mail.retry.done");
        }
        counts = null;
    }

    public void sendDueNow() {
        RunReport[] report = new RunReport[1];
        if (FormActions.attempt(FORM, CONFLICT, () -> report[0] = outbox.sendDueNow())) {
            RunReport done = report[0];
            if (getStatus().configured()) {
                Messages.info("mail.sendNow.done", done.sent(), done.failed(), done.remindersQueued(),
                        done.followUpsCreated());
            } else {
                Messages.info("mail.sendNow.notConfigured", done.remindersQueued(), done.followUpsCreated());
            }
        }
        counts = null;
    }
}
