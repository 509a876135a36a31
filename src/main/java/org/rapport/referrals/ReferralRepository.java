package org.rapport.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapport.connectors.Connector;
import org.rapport.meetings.SuggestedName;
import org.rapport.platform.InvalidFieldException;
import org.rapport.research.ConnectorOption;

/** Reads and stores referrals; each list is one statement. */
@ApplicationScoped
public class ReferralRepository {

    private static final String ROW = "select new org.rapport.referrals.ReferralRow(r.id, r.version, m.id,"
            + " f.id, f.fullName, c.id, r.name, r.organisationName, r.namePermission, r.contactRoute,"
            + " r.contactDetails, r.status, r.statusChangedOn, r.checkInOn, r.note)"
            + " from Referral r join r.meeting m join r.referrer f left join r.connector c";

    /**
     * The figures per student, in the database: meetings held, referrals, held meetings with someone referred, the
     * longest run of referrals in which nobody appears twice (a walk from every referral, extended while the next
     * person is not already on its path; a name without a connector record ends a walk), and the open referrals that
     * last moved on or before {@code :staleBy}. {@code %1$s} is the set of students.
     */
    private static final String FIGURES = """
            with recursive walk (student_id, connector_id, path, len) as (
                select r.student_id, r.connector_id,
                       cast(concat(',', r.referrer_id, ',', coalesce(r.connector_id, 0), ',') as char(4000)), 1
                from referral r where r.student_id in (%1$s)
                union all
                select w.student_id, r.connector_id, concat(w.path, coalesce(r.connector_id, 0), ','), w.len + 1
                from walk w join referral r on r.student_id = w.student_id and r.referrer_id = w.connector_id
                where r.connector_id is null or locate(concat(',', r.connector_id, ','), w.path) = 0
            )
            select s.id,
                   (select count(*) from meeting m where m.student_id = s.id
                        and m.state in ('HELD', 'THANKED', 'CLOSED')),
                   (select count(*) from referral r where r.student_id = s.id),
                   (select count(*) from meeting m where m.student_id = s.id
                        and m.state in ('HELD', 'THANKED', 'CLOSED')
                        and exists (select 1 from referral r where r.student_id = m.student_id
                                    and r.connector_id = m.connector_id)),
                   coalesce((select max(w.len) from walk w where w.student_id = s.id), 0),
                   (select count(*) from referral r where r.student_id = s.id
                        and r.status not in ('MET', 'DECLINED', 'STALLED') and r.status_changed_on <= :staleBy)
            from student s where s.id in (%1$s)
            """;
    private static final String GIVEN = ":ids";
    private static final String GIVEN_ON_CASELOAD = "select c.student_id from caseload_assignment c"
            + " join advisor a on a.id = c.advisor_id where a.account_id = :account and c.student_id in (:ids)";

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    public Optional<Referral> find(long id) {
        return Optional.ofNullable(entityManager.find(Referral.class, id));
    }

    /** The same referrer's referral to the same person, if there is one. */
    public Optional<Referral> findByReferrerAndConnector(long referrerId, long connectorId) {
        return entityManager.createQuery("select r from Referral r where r.referrer.id = :referrer"
                        + " and r.connector.id = :connector", Referral.class)
                .setParameter("referrer", referrerId).setParameter("connector", connectorId)
                .getResultStream().findFirst();
    }

    public List<ReferralRow> listForStudent(long studentId) {
        return entityManager.createQuery(ROW + " where r.student.id = :student order by r.statusChangedOn desc, r.id",
                ReferralRow.class).setParameter("student", studentId).getResultList();
    }

    /** The student's open referrals that last moved on or before {@code lastMovedBy} (stalled ones left out). */
    public List<ReferralRow> listStale(long studentId, LocalDate lastMovedBy) {
        return entityManager.createQuery(ROW + " where r.student.id = :student and r.status not in"
                        + " (org.rapport.referrals.ReferralStatus.MET, org.rapport.referrals.ReferralStatus.DECLINED,"
                        + " org.rapport.referrals.ReferralStatus.STALLED) and r.statusChangedOn <= :by"
                        + " order by r.statusChangedOn, r.id", ReferralRow.class)
                .setParameter("student", studentId).setParameter("by", lastMovedBy).getResultList();
    }

    public List<ReferralRow> listForMeeting(long meetingId) {
        return entityManager.createQuery(ROW + " where m.id = :meeting order by r.name, r.id", ReferralRow.class)
                .setParameter("meeting", meetingId).getResultList();
    }

    /** The student's referrals to this connector, with the referrer loaded; the one with permission first. */
    public List<Referral> listToConnector(long studentId, long connectorId) {
        return entityManager.createQuery("select r from Referral r join fetch r.referrer where r.student.id = :student"
                        + " and r.connector.id = :connector order by case when r.namePermission ="
                        + " org.rapport.meetings.NamePermission.YES then 0 else 1 end, r.id", Referral.class)
                .setParameter("student", studentId).setParameter("connector", connectorId).getResultList();
    }

    /** The names from one meeting the referrer offered to introduce the student to, not introduced yet. */
    public List<String> listIntroductions(long meetingId) {
        return entityManager.createQuery("select r.name from Referral r where r.meeting.id = :meeting"
                        + " and r.contactRoute = org.rapport.meetings.ContactRoute.INTRODUCTION"
                        + " and r.status in :waiting order by r.name", String.class)
                .setParameter("meeting", meetingId).setParameter("waiting", ReferralStatus.awaitingIntroduction())
                .getResultList();
    }

    /** Names captured in a held meeting that are not referrals yet. */
    public List<SuggestedName> listUnreferredNames(long meetingId) {
        return entityManager.createQuery("select n from SuggestedName n where n.meeting.id = :meeting"
                        + " and not exists (select r from Referral r where r.suggestedName = n) order by n.id",
                SuggestedName.class).setParameter("meeting", meetingId).getResultList();
    }

    /** Every referral of the student as the chain needs it (outcomes are marked by the caller). */
    public List<ChainLink> listLinks(long studentId) {
        return entityManager.createQuery("select new org.rapport.referrals.ChainLink(r.id, r.referrer.id, c.id,"
                        + " r.name, r.status, false) from Referral r left join r.connector c"
                        + " where r.student.id = :student", ChainLink.class)
                .setParameter("student", studentId).getResultList();
    }

    /** The connectors (by id) whose conversation led to an outcome the student recorded. */
    public List<Long> listOutcomeConnectors(long studentId) {
        return entityManager.createQuery("select o.cameThrough.id from StudentOutcome o"
                        + " where o.student.id = :student and o.cameThrough is not null", Long.class)
                .setParameter("student", studentId).getResultList();
    }

    /**
     * The figures of each student in {@code studentIds}, in one statement; a referral counts as stale when open and
     * last moved on or before {@code staleBy}.
     */
    public Map<Long, ReferralFigures> figures(Collection<Long> studentIds, LocalDate staleBy) {
        if (studentIds.isEmpty()) {
            return new HashMap<>();
        }
        return figures(entityManager.createNativeQuery(FIGURES.formatted(GIVEN)).setParameter("ids", studentIds)
                .setParameter("staleBy", staleBy));
    }

    /**
     * The same for those of {@code studentIds} on the caseload of the advisor signed in with
     * {@code advisorAccountId}; the others are left out, in the same statement.
     */
    public Map<Long, ReferralFigures> caseloadFigures(Collection<Long> studentIds, long advisorAccountId,
                                                      LocalDate staleBy) {
        if (studentIds.isEmpty()) {
            return new HashMap<>();
        }
        return figures(entityManager.createNativeQuery(FIGURES.formatted(GIVEN_ON_CASELOAD))
                .setParameter("ids", studentIds).setParameter("account", advisorAccountId)
                .setParameter("staleBy", staleBy));
    }

    private static Map<Long, ReferralFigures> figures(Query query) {
        Map<Long, ReferralFigures> figures = new HashMap<>();
        for (Object found : query.getResultList()) {
            Object[] row = (Object[]) found;
            long studentId = ((Number) row[0]).longValue();
            figures.put(studentId, new ReferralFigures(studentId, ((Number) row[1]).longValue(),
                    ((Number) row[2]).longValue(), ((Number) row[3]).longValue(), ((Number) row[4]).intValue(),
                    ((Number) row[5]).longValue()));
        }
        return figures;
    }

    /** The student's live connectors, for linking a referral to one. */
    public List<ConnectorOption> listConnectorOptions(long studentId) {
        return entityManager.createQuery("select new org.rapport.research.ConnectorOption(c.id, c.fullName)"
                        + " from Connector c where c.owner.id = :student and c.archived = false order by c.fullName",
                ConnectorOption.class).setParameter("student", studentId).setMaxResults(500).getResultList();
    }

    /** The student's connector with this folded name, if there is one (to link rather than duplicate). */
    public Optional<Connector> findOwnByNameKey(long studentId, String nameKey) {
        return entityManager.createQuery("select c from Connector c where c.owner.id = :student"
                        + " and c.nameKey = :key and c.archived = false order by c.id", Connector.class)
                .setParameter("student", studentId).setParameter("key", nameKey).setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** The student's own research targets, oldest first. */
    public List<ResearchTarget> listTargets(long studentId) {
        return entityManager.createQuery("select t from ResearchTarget t where t.student.id = :student"
                + " order by t.createdAt, t.id", ResearchTarget.class).setParameter("student", studentId)
                .getResultList();
    }

    /** The student's held meetings, newest first, for "which conversation did this come from". */
    public List<HeldMeetingOption> listHeldMeetings(long studentId) {
        return entityManager.createQuery("select new org.rapport.referrals.HeldMeetingOption(m.id, c.fullName,"
                        + " m.heldOn) from Meeting m join m.connector c where m.student.id = :student"
                        + " and m.state in (org.rapport.meetings.MeetingState.HELD,"
                        + " org.rapport.meetings.MeetingState.THANKED, org.rapport.meetings.MeetingState.CLOSED)"
                        + " order by m.heldOn desc, m.id desc", HeldMeetingOption.class)
                .setParameter("student", studentId).getResultList();
    }

    /**
     * The student's own connector with this id, for a referral or research-list entry.
     *
     * @throws InvalidFieldException ("connectorId") for anyone else's connector, or none
     */
    public Connector getOwnConnector(long studentId, long connectorId) {
        return findOther(Connector.class, connectorId)
                .filter(found -> found.getOwner() != null && found.getOwner().getId().equals(studentId))
                .orElseThrow(() -> new InvalidFieldException("connectorId", "referral.notYours"));
    }

    public <T> Optional<T> findOther(Class<T> type, long id) {
        return Optional.ofNullable(entityManager.find(type, id));
    }

    public void add(Object entity) {
        entityManager.persist(entity);
    }

    public void remove(Object entity) {
        entityManager.remove(entity);
    }

    public void flush() {
        entityManager.flush();
    }
}
