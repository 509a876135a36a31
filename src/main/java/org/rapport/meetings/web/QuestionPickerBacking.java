package org.rapport.meetings.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.rapport.connectors.ConnectorLevel;
import org.rapport.meetings.NotebookOffer;
import org.rapport.meetings.OwnQuestionForm;
import org.rapport.meetings.QuestionListService;
import org.rapport.platform.PageRequest;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;
import org.rapport.questionbank.BankFilter;
import org.rapport.questionbank.BankQuestionSummary;
import org.rapport.questionbank.QuestionBankService;
import org.rapport.questionbank.QuestionCategory;

/**
 * Backs the "add to your list" section of {@code /student/meeting}: questions from the office's bank (by category,
 * level and words; a springboard form filled with one of the student's findings), the student's own wording, and
 * what their notebook offers (open hypotheses as questions, news as talking points).
 */
@Named
@ViewScoped
public class QuestionPickerBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int BANK_ROWS = 25;

    @Inject
    private QuestionListService list;

    @Inject
    private QuestionBankService bank;

    @Inject
    private MeetingPlanBacking meeting;

    private QuestionCategory category;
    private ConnectorLevel level;
    private boolean levelChosen;
    private String words;
    private Long findingId;
    private OwnQuestionForm own = new OwnQuestionForm();
    private NotebookOffer offer;
    private List<BankQuestionSummary> bankQuestions;

    /** Bank questions matching the filters; the connector's level until the student picks another. */
    public List<BankQuestionSummary> getBankQuestions() {
        if (bankQuestions == null) {
            if (!levelChosen && meeting.getView() != null) {
                level = meeting.getView().connectorLevel();
            }
            bankQuestions = bank.list(new BankFilter(category, false, level, words), PageRequest.of(0, BANK_ROWS));
        }
        return bankQuestions;
    }

    /** Runs the bank search again with the filters as they are now. */
    public void search() {
        bankQuestions = null;
    }

    public void addFromBank(long bankQuestionId, boolean asSpringboard) {
        Long finding = asSpringboard ? findingId : null;
        if (asSpringboard && finding == null) {
            Messages.error("picker:finding", new org.rapport.platform.BusinessException("meeting.springboard.chooseFinding"));
            return;
        }
        added(() -> list.addFromBank(meeting.getId(), bankQuestionId, finding));
    }

    public void addOwn() {
        if (added(() -> list.addOwn(meeting.getId(), own))) {
            own = new OwnQuestionForm();
        }
    }

    public void addHypothesis(long hypothesisId) {
        added(() -> list.addHypothesis(meeting.getId(), hypothesisId));
    }

    public void addNews(long newsItemId) {
        added(() -> list.addNews(meeting.getId(), newsItemId));
    }

    private boolean added(Runnable change) {
        boolean done = FormActions.attempt("picker", MeetingPlanBacking.CONFLICT, change);
        if (done) {
            Messages.info("meeting.list.added");
            offer = null;
        }
        meeting.refresh();
        return done;
    }

    public NotebookOffer getOffer() {
        if (offer == null && meeting.getView() != null && meeting.getView().editable()) {
            offer = list.notebookOffer(meeting.getId());
        }
        return offer;
    }

    public QuestionCategory getCategory() {
        return category;
    }

    public void setCategory(QuestionCategory category) {
        this.category = category;
    }

    public ConnectorLevel getLevel() {
        return level;
    }

    public void setLevel(ConnectorLevel level) {
        this.level = level;
        this.levelChosen = true;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public Long getFindingId() {
        return findingId;
    }

    public void setFindingId(Long findingId) {
        this.findingId = findingId;
    }

    public OwnQuestionForm getOwn() {
        return own;
    }
}
