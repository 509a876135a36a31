package org.rapport.research;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.rapport.connectors.Connector;
import org.rapport.people.Student;
import org.rapport.platform.NotFoundException;

/**
 * What meetings draw from a student's notebook: open hypotheses to test (they become questions), findings to open a
 * springboard question with, news to share as talking points, and the outcome a meeting gives a hypothesis. The
 * meetings feature has checked who is asking; every read here is still confined to the given student's notes.
 */
@ApplicationScoped
@Transactional
public class MeetingResearch {

    private static final int MAX_OFFERED = 50;

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    /** Open and refined hypotheses, those about this connector or organisation first. */
    public List<NotebookItem> openHypotheses(Student student, Long connectorId, Long organisationId) {
        return offered("Hypothesis", "h.statement", "h.status in (org.rapport.research.HypothesisStatus.OPEN,"
                + " org.rapport.research.HypothesisStatus.REFINED)", student, connectorId, organisationId);
    }

    public List<NotebookItem> findings(Student student, Long connectorId, Long organisationId) {
        return offered("Finding", "h.text", "1 = 1", student, connectorId, organisationId);
    }

    /** News the student meant for this connector or flagged for an upcoming meeting, or filed under them. */
    public List<NotebookItem> newsToShare(Student student, Long connectorId, Long organisationId) {
        return entityManager.createQuery("select new org.rapport.research.NotebookItem(h.id, h.text, n.title,"
                        + " case when h.meantFor.id = :connector or n.connector.id = :connector"
                        + " or n.organisation.id = :organisation then true else false end)"
                        + " from NewsItem h join h.note n"
                        + " where n.student = :student and (h.forUpcomingMeeting = true or h.meantFor.id = :connector"
                        + " or n.connector.id = :connector or n.organisation.id = :organisation)"
                        + " order by h.createdAt desc, h.id", NotebookItem.class)
                .setParameter("student", student)
                .setParameter("connector", connectorId == null ? -1L : connectorId)
                .setParameter("organisation", organisationId == null ? -1L : organisationId)
                .setMaxResults(MAX_OFFERED)
                .getResultList();
    }

    private List<NotebookItem> offered(String entity, String text, String condition, Student student,
                                       Long connectorId, Long organisationId) {
        return entityManager.createQuery("select new org.rapport.research.NotebookItem(h.id, " + text + ", n.title,"
                        + " case when n.connector.id = :connector or n.organisation.id = :organisation"
                        + " then true else false end)"
                        + " from " + entity + " h join h.note n where n.student = :student and " + condition
                        + " order by case when n.connector.id = :connector or n.organisation.id = :organisation"
                        + " then 0 else 1 end, n.updatedAt desc, h.id", NotebookItem.class)
                .setParameter("student", student)
                .setParameter("connector", connectorId == null ? -1L : connectorId)
                .setParameter("organisation", organisationId == null ? -1L : organisationId)
                .setMaxResults(MAX_OFFERED)
                .getResultList();
    }

    /** One of the student's hypotheses. @throws NotFoundException when it is not theirs */
    public Hypothesis ownHypothesis(Student student, long id) {
        return own(Hypothesis.class, student, id);
    }

    public Finding ownFinding(Student student, long id) {
        return own(Finding.class, student, id);
    }

    public NewsItem ownNews(Student student, long id) {
        return own(NewsItem.class, student, id);
    }

    /**
     * Records what a meeting did to one of the student's hypotheses; the change keeps the meeting, the connector
     * and the note the student typed as evidence.
     *
     * @throws NotebookException when the hypothesis's status does not allow that outcome
     */
    public HypothesisChange recordMeetingOutcome(Student student, long hypothesisId, HypothesisStatus outcome,
                                                 String evidence, Connector heardFrom, LocalDate heardOn,
                                                 long meetingId, String rewording) {
        return ownHypothesis(student, hypothesisId).recordOutcome(outcome, evidence, heardFrom, heardOn, rewording,
                meetingId);
    }

    private <T extends NotePart> T own(Class<T> type, Student student, long id) {
        T part = entityManager.find(type, id);
        if (part == null || !part.getNote().getStudent().equals(student)) {
            throw new NotFoundException(type.getSimpleName(), id);
        }
        return part;
    }
}
