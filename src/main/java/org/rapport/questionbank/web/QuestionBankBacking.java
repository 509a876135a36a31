package org.rapport.questionbank.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;
import org.rapport.platform.web.PagedModel;
import org.rapport.questionbank.BankFilter;
import org.rapport.questionbank.BankQuestionForm;
import org.rapport.questionbank.BankQuestionSummary;
import org.rapport.questionbank.QuestionBankService;
import org.rapport.questionbank.QuestionCategory;

/**
 * Backs {@code /staff/question-bank}: the office's questions, live or retired, filtered by category and words and
 * paged in MariaDB, and the form below the table that adds a question or rewrites the one picked. Every change names
 * the version it was read at; a change someone saved meanwhile is refused and the form keeps what was typed.
 */
@Named
@ViewScoped
public class QuestionBankBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "question";
    private static final String CONFLICT = "questionBank.conflict";

    @Inject
    private QuestionBankService bank;

    private QuestionCategory category;
    private boolean retired;
    private String words;
    private BankQuestionForm form = new BankQuestionForm();

    private final LazyDataModel<BankQuestionSummary> questions = new PagedModel<>(
            none -> bank.count(filter()),
            page -> bank.list(filter(), page),
            BankQuestionSummary::id);

    private BankFilter filter() {
        return new BankFilter(category, retired, null, words);
    }

    /** Opens the question of this row in the form, as it is now. */
    public void edit(BankQuestionSummary question) {
        attempt(() -> form = bank.formFor(question.id()));
    }

    /** Leaves the question being edited; the form adds a new one again. */
    public void startNew() {
        form = new BankQuestionForm();
    }

    public void save() {
        boolean added = form.isNew();
        if (attempt(() -> bank.save(form))) {
            form = new BankQuestionForm();
            Messages.info(added ? "questionBank.added.done" : "questionBank.saved");
        }
    }

    public void retire(BankQuestionSummary question) {
        if (attempt(() -> bank.retire(question.id(), question.version()))) {
            Messages.info("questionBank.retiredDone");
        }
    }

    public void restore(BankQuestionSummary question) {
        if (attempt(() -> bank.restore(question.id(), question.version()))) {
            Messages.info("questionBank.restoredDone");
        }
    }

    private boolean attempt(Runnable change) {
        return FormActions.attempt(FORM, CONFLICT, change);
    }

    /** Whether a category or words narrow the list (an empty table then means "no match", not "empty bank"). */
    public boolean isFiltered() {
        return category != null || words != null && !words.isBlank();
    }

    public LazyDataModel<BankQuestionSummary> getQuestions() {
        return questions;
    }

    public BankQuestionForm getForm() {
        return form;
    }

    public QuestionCategory getCategory() {
        return category;
    }

    public void setCategory(QuestionCategory category) {
        this.category = category;
    }

    public boolean isRetired() {
        return retired;
    }

    public void setRetired(boolean retired) {
        this.retired = retired;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
