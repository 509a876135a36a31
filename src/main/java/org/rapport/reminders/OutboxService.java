package org.rapport.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.PageRequest;

/**
 * The staff door to mail: whether SMTP is configured (never the password), how many mails wait, went or failed,
 * which need a look (failed, or waiting after an error), and two acts: retry one mail now, or run the scheduler now.
 * Only staff (advisors and administrators) may use it; mail holds students' addresses and their messages.
 */
@ApplicationScoped
@Transactional
public class OutboxService {

    @Inject
    private CurrentUser currentUser;

    @Inject
    private MailSettings settings;

    @Inject
    private OutboxRepository repository;

    @Inject
    private ReminderScheduler scheduler;

    public MailStatus mailStatus() {
        checkStaff();
        return settings.status();
    }

    public Map<OutboxState, Long> countsByState() {
        checkStaff();
        return repository.countByState();
    }

    public List<OutboxProblem> listProblems(@NotNull PageRequest page) {
        checkStaff();
        return repository.listProblems(page).stream().map(OutboxProblem::of).toList();
    }

    public long countProblems() {
        checkStaff();
        return repository.countProblems();
    }

    /**
     * Puts a failed or waiting mail up for sending at the next run (or at "send due mail now"). Staff decide this for
     * a mail whose sender stopped mid-send, knowing it may have gone out once already.
     *
     * @throws ConcurrentChangeException when the mail changed since it was read (a run sent or failed it meanwhile)
     */
    public void retryNow(long id, long version) {
        checkStaff();
        OutboxEntry entry = repository.find(id).orElseThrow(() -> new NotFoundException("mail", id));
        if (entry.getVersion() != version) {
            throw new ConcurrentChangeException("mail " + id);
        }
        entry.retryNow(MailClock.now());
    }

    /**
     * Runs the scheduler once now, under a claimant name of its own. Not in a transaction: the run commits each step
     * on its own and sends outside any transaction.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public RunReport sendDueNow() {
        checkStaff();
        return scheduler.runOnce("staff-" + UUID.randomUUID());
    }

    private void checkStaff() {
        if (!currentUser.isStaff()) {
            throw new AccessDeniedException("mail outbox", null);
        }
    }
}
