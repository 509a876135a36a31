package org.rapport.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.rapport.meetings.Meeting;
import org.rapport.people.StudentAccess;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.NotFoundException;
import org.rapport.research.Tags;
import org.rapport.tasks.StudentTask;
import org.rapport.tasks.TaskKind;
import org.rapport.tasks.TaskService;

/**
 * The door to a meeting's competitive feedback. The meeting's student records and corrects it (one per meeting) and
 * turns recommended next steps into tasks; their caseload advisors read it. Saving names the version it was read
 * at, so two tabs never overwrite each other.
 */
@ApplicationScoped
@Transactional
public class FeedbackService {

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    @Inject
    private StudentAccess access;

    @Inject
    private TaskService tasks;

    /** The feedback as recorded so far, for the meeting's student or a caseload advisor. */
    public FeedbackView view(long meetingId) {
        Meeting meeting = meeting(meetingId);
        access.checkCanRead(meeting.getStudent(), "competitive feedback");
        return FeedbackView.of(find(meeting).orElse(null));
    }

    public FeedbackForm formFor(long meetingId) {
        Meeting meeting = ownMeeting(meetingId);
        return find(meeting).map(FeedbackForm::of).orElseGet(FeedbackForm::new);
    }

    /**
     * Records or corrects the feedback.
     *
     * @throws ConcurrentChangeException when it was saved meanwhile (another tab); nothing is overwritten
     */
    public void save(long meetingId, @NotNull @Valid FeedbackForm form) {
        CompetitiveFeedback feedback = current(ownMeeting(meetingId), form.getVersion());
        feedback.record(form.getRolesInView(), form.getCompetitiveness(), form.getHiringStance(),
                Tags.parse(form.getGapTags()), form.getGapsText(), form.getRemarks());
    }

    /** Adds a recommended next step (the feedback is started if there was none). */
    public void addStep(long meetingId, @NotBlank @Size(max = NextStep.TEXT_LENGTH) String text) {
        Meeting meeting = ownMeeting(meetingId);
        CompetitiveFeedback feedback = find(meeting).orElseGet(() -> started(meeting));
        feedback.addStep(text.strip());
    }

    public void removeStep(long meetingId, long stepId) {
        Meeting meeting = ownMeeting(meetingId);
        NextStep step = step(meeting, stepId);
        step.getFeedback().removeStep(step);
    }

    /** Puts a next step on the student's task list (once), due on the given day if any. */
    public void makeTask(long meetingId, long stepId, LocalDate dueOn) {
        Meeting meeting = ownMeeting(meetingId);
        NextStep step = step(meeting, stepId);
        if (step.isTask()) {
            return;
        }
        StudentTask task = tasks.add(meeting.getStudent(), meeting.getId(), TaskKind.NEXT_STEP, step.getText(),
                dueOn);
        entityManager.flush();
        step.becameTask(task.getId());
    }

    private CompetitiveFeedback current(Meeting meeting, long version) {
        Optional<CompetitiveFeedback> found = find(meeting);
        if (found.isEmpty()) {
            return started(meeting);
        }
        if (found.get().getVersion() != version) {
            throw new ConcurrentChangeException("competitive feedback of meeting " + meeting.getId());
        }
        return found.get();
    }

    private CompetitiveFeedback started(Meeting meeting) {
        CompetitiveFeedback feedback = new CompetitiveFeedback(meeting);
        entityManager.persist(feedback);
        return feedback;
    }

    private Optional<CompetitiveFeedback> find(Meeting meeting) {
        return entityManager.createQuery("select f from CompetitiveFeedback f left join fetch f.nextSteps"
                        + " where f.meeting = :meeting", CompetitiveFeedback.class)
                .setParameter("meeting", meeting).getResultStream().findFirst();
    }

    private NextStep step(Meeting meeting, long stepId) {
        NextStep step = entityManager.find(NextStep.class, stepId);
        if (step == null || !step.getFeedback().getMeeting().equals(meeting)) {
            throw new NotFoundException("next step", stepId);
        }
        return step;
    }

    private Meeting ownMeeting(long meetingId) {
        Meeting meeting = meeting(meetingId);
        access.checkCanChange(meeting.getStudent(), "competitive feedback");
        return meeting;
    }

    /** The meeting with its student (whom every access check reads), in one statement. */
    private Meeting meeting(long meetingId) {
        return entityManager.createQuery("select m from Meeting m join fetch m.student where m.id = :id", Meeting.class)
                .setParameter("id", meetingId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("meeting", meetingId));
    }
}
