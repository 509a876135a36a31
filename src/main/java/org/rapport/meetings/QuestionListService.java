package org.rapport.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.rapport.organisations.Organisation;
import org.rapport.questionbank.BankQuestion;
import org.rapport.questionbank.QuestionBankService;
import org.rapport.research.Hypothesis;
import org.rapport.research.MeetingResearch;
import org.rapport.research.NewsItem;
import org.rapport.research.NotebookItem;

/**
 * The door to a meeting's ranked question list, for its student while the meeting is being prepared: add from the
 * bank (plain or as a springboard from a finding), in their own words, from their notebook (an open hypothesis
 * becomes a question, news to share a talking point), remove, rank by drag and drop, move one step by keyboard.
 * A ranking submitted from a stale screen is merged, never obeyed blindly, so no item is lost.
 */
@ApplicationScoped
@Transactional
public class QuestionListService {

    /** Minutes a talking point is given by default. */
    static final int TALKING_POINT_MINUTES = 1;
    /** Minutes a hypothesis question is given by default. */
    static final int HYPOTHESIS_MINUTES = 2;

    @Inject
    private MeetingGuard guard;

    @Inject
    private MeetingRepository meetings;

    @Inject
    private QuestionBankService bank;

    @Inject
    private MeetingResearch research;

    /** Adds a bank question; with a finding, in its springboard form filled with the finding. */
    public long addFromBank(long meetingId, long bankQuestionId, Long findingId) {
        Meeting meeting = guard.own(meetingId);
        BankQuestion question = bank.liveQuestion(bankQuestionId);
        String text = question.getText();
        if (findingId != null) {
            if (question.getSpringboard() == null) {
                throw new org.rapport.platform.InvalidFieldException("finding", "meeting.springboard.none");
            }
            text = question.springboardWith(research.ownFinding(meeting.getStudent(), findingId).getText());
        }
        return added(meeting, new MeetingQuestion.Draft(ItemKind.QUESTION, QuestionSource.BANK, text,
                question.getCategory(), question.getMinutes(), question.getFit(), question.getId(), null, null));
    }

    public long addOwn(long meetingId, @NotNull @Valid OwnQuestionForm form) {
        Meeting meeting = guard.own(meetingId);
        return added(meeting, new MeetingQuestion.Draft(ItemKind.QUESTION, QuestionSource.OWN, form.getText().strip(),
                form.getCategory(), form.getMinutes(), null, null, null, null));
    }

    /** Turns one of the student's open hypotheses into a question to test it. */
    public long addHypothesis(long meetingId, long hypothesisId) {
        Meeting meeting = guard.own(meetingId);
        Hypothesis hypothesis = research.ownHypothesis(meeting.getStudent(), hypothesisId);
        return added(meeting, new MeetingQuestion.Draft(ItemKind.QUESTION, QuestionSource.HYPOTHESIS,
                hypothesis.getStatement(), null, HYPOTHESIS_MINUTES, null, null, hypothesis.getId(), null));
    }

    /** Adds a news item as a talking point to share with the connector. */
    public long addNews(long meetingId, long newsItemId) {
        Meeting meeting = guard.own(meetingId);
        NewsItem news = research.ownNews(meeting.getStudent(), newsItemId);
        return added(meeting, new MeetingQuestion.Draft(ItemKind.TALKING_POINT, QuestionSource.NEWS, news.getText(),
                null, TALKING_POINT_MINUTES, null, null, null, news.getId()));
    }

    private long added(Meeting meeting, MeetingQuestion.Draft draft) {
        MeetingQuestion item = meeting.add(draft);
        meetings.flush();
        // A must-ask question added at the end of a full list is lifted above the line at once.
        meeting.rank(meeting.orderedIds());
        return item.getId();
    }

    /**
     * Takes an item off the list. A must-ask item goes only when {@code knowingly} (the student confirmed).
     *
     * @throws org.rapport.platform.BusinessException for a must-ask item removed without confirmation
     */
    public void remove(long meetingId, long itemId, boolean knowingly) {
        Meeting meeting = guard.own(meetingId);
        meeting.remove(guard.ownItem(meeting, itemId), knowingly);
    }

    /**
     * Ranks the list as the screen submitted it. When the list changed since the screen read it (its revision
     * differs), the submitted order is merged with the current list: items added elsewhere are kept after the ranked
     * ones, items removed elsewhere are dropped.
     */
    public RankResult rank(long meetingId, @NotNull List<Long> order, long listRevision) {
        Meeting meeting = guard.own(meetingId);
        boolean stale = meeting.getListRevision() != listRevision;
        List<Long> current = meeting.orderedIds();
        List<Long> merged = QuestionRanking.merge(current, order);
        boolean lifted = meeting.rank(merged);
        return new RankResult(stale && !merged.equals(order), lifted);
    }

    /** Moves one item a place up ({@code -1}) or down ({@code +1}); the keyboard way to rank. */
    public RankResult move(long meetingId, long itemId, int step) {
        Meeting meeting = guard.own(meetingId);
        guard.ownItem(meeting, itemId);
        List<Long> order = QuestionRanking.move(meeting.ordered(), itemId, step).stream()
                .map(MeetingQuestion::getId).toList();
        return new RankResult(false, meeting.rank(order));
    }

    /** What the student's notebook offers this meeting, leaving out what the list holds already. */
    public NotebookOffer notebookOffer(long meetingId) {
        Meeting meeting = guard.own(meetingId);
        List<MeetingQuestion> items = meetings.listQuestions(meeting);
        Set<Long> hypotheses = items.stream().map(MeetingQuestion::getHypothesisId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Set<Long> news = items.stream().map(MeetingQuestion::getNewsItemId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Long connectorId = meeting.getConnector().getId();
        Organisation organisation = meeting.getOrganisation();
        Long organisationId = organisation == null ? null : organisation.getId();
        return new NotebookOffer(
                without(research.openHypotheses(meeting.getStudent(), connectorId, organisationId), hypotheses),
                research.findings(meeting.getStudent(), connectorId, organisationId),
                without(research.newsToShare(meeting.getStudent(), connectorId, organisationId), news));
    }

    private static List<NotebookItem> without(List<NotebookItem> offered, Set<Long> taken) {
        return offered.stream().filter(item -> !taken.contains(item.id())).toList();
    }

}
