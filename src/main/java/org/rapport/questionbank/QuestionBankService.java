package org.rapport.questionbank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.PageRequest;
import org.rapport.research.Tags;

/**
 * The door to the question bank. Everyone signed in with a role reads the live questions (students pick from them);
 * only staff (advisors and administrators) add, rewrite, retire and restore them. A rewrite names the version it was
 * read at, so two advisors editing one question never overwrite each other.
 */
@ApplicationScoped
@Transactional
public class QuestionBankService {

    @Inject
    private QuestionBankRepository bank;

    @Inject
    private CurrentUser currentUser;

    public List<BankQuestionSummary> list(@NotNull BankFilter filter, @NotNull PageRequest page) {
        checkCanRead(filter);
        return bank.list(filter, page).stream().map(BankQuestionSummary::of).toList();
    }

    public long count(@NotNull BankFilter filter) {
        checkCanRead(filter);
        return bank.count(filter);
    }

    /** A live question, for a student's list (retired ones are not offered any more). */
    public BankQuestion liveQuestion(long id) {
        BankQuestion question = bank.find(id).orElseThrow(() -> new NotFoundException("bank question", id));
        if (question.isRetired()) {
            throw new NotFoundException("bank question", id);
        }
        return question;
    }

    public BankQuestionForm formFor(long id) {
        checkStaff();
        return BankQuestionForm.of(question(id));
    }

    /** Adds a question to the bank or rewrites one; returns its id. */
    public long save(@NotNull @Valid BankQuestionForm form) {
        checkStaff();
        List<String> tags = Tags.parse(form.getFocusTags());
        if (form.isNew()) {
            BankQuestion question = new BankQuestion(form.getText(), form.getCategory(), form.fit(), tags,
                    form.getMinutes(), form.getSpringboard(), currentUser.accountId().orElse(null));
            bank.add(question);
            return question.getId();
        }
        BankQuestion question = current(form.getId(), form.getVersion());
        question.describe(form.getText(), form.getCategory(), form.fit(), tags, form.getMinutes(),
                form.getSpringboard());
        return question.getId();
    }

    /** Takes a question out of the pickers; lists that hold it keep it. */
    public void retire(long id, long version) {
        checkStaff();
        current(id, version).retire();
    }

    public void restore(long id, long version) {
        checkStaff();
        current(id, version).restore();
    }

    private BankQuestion current(long id, long version) {
        BankQuestion question = question(id);
        if (question.getVersion() != version) {
            throw new ConcurrentChangeException("bank question " + id);
        }
        return question;
    }

    private BankQuestion question(long id) {
        return bank.find(id).orElseThrow(() -> new NotFoundException("bank question", id));
    }

    private void checkCanRead(BankFilter filter) {
        if (filter.retired()) {
            checkStaff();
        } else if (!currentUser.hasAnyRole()) {
            throw new AccessDeniedException("question bank", null);
        }
    }

    private void checkStaff() {
        if (!currentUser.isStaff()) {
            throw new AccessDeniedException("question bank (change)", null);
        }
    }
}
