package org.rapport.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapport.connectors.Connector;
import org.rapport.people.Student;
import org.rapport.platform.PageRequest;

/** Reads and stores meetings and what hangs off them; lists page and sort in MariaDB. */
@ApplicationScoped
public class MeetingRepository {

    /** The list's sort keys, whitelisted: a screen's sort field never reaches JPQL as typed. */
    private static final Map<String, String> SORTS = Map.of(
            "connector", "c.fullName",
            "organisation", "o.name",
            "state", "m.state",
            "heldOn", "m.heldOn",
            "updated", "m.updatedAt");

    private static final String SUMMARY = "select new org.rapport.meetings.MeetingSummary(m.id, c.fullName, o.name,"
            + " m.purpose, m.state, m.plannedMinutes, m.heldOn, (select count(q) from MeetingQuestion q"
            + " where q.meeting = m)) from Meeting m join m.connector c left join m.organisation o"
            + " where m.student.id = :student";

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    /** A meeting with its student, connector and organisation, in one statement. */
    public Optional<Meeting> find(long id) {
        return entityManager.createQuery("select m from Meeting m join fetch m.student join fetch m.connector"
                        + " left join fetch m.organisation where m.id = :id", Meeting.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public List<MeetingQuestion> listQuestions(Meeting meeting) {
        return entityManager.createQuery("select q from MeetingQuestion q where q.meeting = :meeting"
                + " order by q.position, q.id", MeetingQuestion.class).setParameter("meeting", meeting).getResultList();
    }

    public List<MeetingComment> listComments(Meeting meeting) {
        return entityManager.createQuery("select c from MeetingComment c where c.meeting = :meeting"
                + " order by c.createdAt, c.id", MeetingComment.class).setParameter("meeting", meeting).getResultList();
    }

    public List<SuggestedName> listNames(Meeting meeting) {
        return entityManager.createQuery("select n from SuggestedName n where n.meeting = :meeting"
                + " order by n.createdAt, n.id", SuggestedName.class).setParameter("meeting", meeting).getResultList();
    }

    public <T> Optional<T> findPart(Class<T> type, long id) {
        return Optional.ofNullable(entityManager.find(type, id));
    }

    public List<MeetingSummary> list(long studentId, MeetingState state, PageRequest page) {
        String order = SORTS.getOrDefault(page.sortKey() == null ? "updated" : page.sortKey(), "m.updatedAt");
        boolean ascending = page.sortKey() == null ? false : page.ascending();
        TypedQuery<MeetingSummary> query = entityManager.createQuery(SUMMARY + stateCondition(state)
                + " order by " + order + (ascending ? " asc" : " desc") + ", m.id desc", MeetingSummary.class)
                .setParameter("student", studentId);
        if (state != null) {
            query.setParameter("state", state);
        }
        return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long count(long studentId, MeetingState state) {
        TypedQuery<Long> query = entityManager.createQuery("select count(m) from Meeting m where m.student.id = :student"
                + stateCondition(state), Long.class).setParameter("student", studentId);
        if (state != null) {
            query.setParameter("state", state);
        }
        return query.getSingleResult();
    }

    private static String stateCondition(MeetingState state) {
        return state == null ? "" : " and m.state = :state";
    }

    /** The student's own connectors that are not archived, by name. */
    public List<ConnectorPick> listConnectorPicks(Student student) {
        return entityManager.createQuery("select new org.rapport.meetings.ConnectorPick(c.id, c.fullName, o.name)"
                        + " from Connector c left join c.organisation o where c.owner = :student and c.archived = false"
                        + " order by c.fullName, c.id", ConnectorPick.class)
                .setParameter("student", student).getResultList();
    }

    public Optional<Connector> findConnector(long id) {
        return entityManager.createQuery("select c from Connector c left join fetch c.organisation where c.id = :id",
                Connector.class).setParameter("id", id).getResultStream().findFirst();
    }

    public void add(Object entity) {
        entityManager.persist(entity);
    }

    public void remove(Object entity) {
        entityManager.remove(entity);
    }

    /**
     * Whether a captured name has become a referral. Asked of the table, not the referrals' entity: referrals are
     * built on meetings, not the other way round.
     */
    public boolean isReferral(long nameId) {
        Number count = (Number) entityManager.createNativeQuery(
                        "select count(*) from referral where suggested_name_id = ?1")
                .setParameter(1, nameId).getSingleResult();
        return count.longValue() > 0;
    }

    /** Writes pending changes now, so new items have ids before the list is renumbered. */
    public void flush() {
        entityManager.flush();
    }
}
