package org.rapport.connectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.rapport.platform.Like;
import org.rapport.platform.PageRequest;

/**
 * Queries over connectors and directory requests. Lists are one constructor query per page (organisation joined,
 * open-request counts as a correlated subquery), paged, sorted and filtered in MariaDB.
 */
@ApplicationScoped
public class ConnectorRepository {

    private static final String SUMMARY = "select new org.rapport.connectors.ConnectorSummary(c.id, c.fullName,"
            + " c.title, o.name, c.industry, c.level, c.preferredChannel, c.archived, c.directorySource.id)"
            + " from Connector c left join c.organisation o";
    private static final String OPEN_REQUESTS = "(select count(r) from DirectoryRequest r"
            + " where r.directoryConnector = c and r.state = org.rapport.connectors.DirectoryRequestState.OPEN"
            + " and r.countsUntil > :now)";
    private static final String DIRECTORY_SUMMARY = "select new org.rapport.connectors.DirectorySummary(c.id,"
            + " c.fullName, c.title, o.name, c.industry, c.level, c.consentScope, c.consentGivenOn, c.archived, "
            + OPEN_REQUESTS + ", c.capRequests, c.capDays) from Connector c left join c.organisation o";

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    /** A connector with its organisation and referrer loaded, ready for a form. */
    public Optional<Connector> find(long id) {
        return entityManager.createQuery("select c from Connector c left join fetch c.organisation"
                        + " left join fetch c.referredBy left join fetch c.owner where c.id = :id", Connector.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** Connectors by id with their organisations and interests, in one query (for pages that show many). */
    public java.util.Map<Long, Connector> findAll(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return entityManager.createQuery("select distinct c from Connector c left join fetch c.organisation"
                        + " left join fetch c.interests where c.id in :ids", Connector.class)
                .setParameter("ids", ids).getResultStream()
                .collect(java.util.stream.Collectors.toMap(Connector::getId, c -> c));
    }

    /** The directory volunteer, locked until the transaction ends so concurrent requests queue behind it. */
    public Optional<Connector> findDirectoryForUpdate(long id) {
        Connector connector = entityManager.find(Connector.class, id, LockModeType.PESSIMISTIC_WRITE);
        return Optional.ofNullable(connector).filter(Connector::isDirectory);
    }

    public List<ConnectorSummary> listOwned(long studentId, ConnectorFilter filter, PageRequest page) {
        return listOwned(studentId, null, filter, page);
    }

    public long countOwned(long studentId, ConnectorFilter filter) {
        return countOwned(studentId, null, filter);
    }

    /**
     * A student's connectors; with {@code advisorAccountId} only when that advisor has the student on their
     * caseload (the relationship is part of the query, so no row leaks and no extra statement is needed).
     */
    public List<ConnectorSummary> listOwned(long studentId, Long advisorAccountId, ConnectorFilter filter,
                                            PageRequest page) {
        TypedQuery<ConnectorSummary> query = entityManager.createQuery(SUMMARY + " where c.owner.id = :studentId"
                + onCaseload(advisorAccountId) + conditions(filter) + " order by "
                + ConnectorSort.orderBy(page.sortKey(), page.ascending()), ConnectorSummary.class)
                .setParameter("studentId", studentId);
        bind(query, filter);
        bindAdvisor(query, advisorAccountId);
        return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long countOwned(long studentId, Long advisorAccountId, ConnectorFilter filter) {
        TypedQuery<Long> query = entityManager.createQuery("select count(c) from Connector c left join"
                + " c.organisation o where c.owner.id = :studentId" + onCaseload(advisorAccountId)
                + conditions(filter), Long.class).setParameter("studentId", studentId);
        bind(query, filter);
        bindAdvisor(query, advisorAccountId);
        return query.getSingleResult();
    }

    private static String onCaseload(Long advisorAccountId) {
        return advisorAccountId == null ? "" : " and exists (select a.id from CaseloadAssignment a"
                + " where a.student.id = :studentId and a.advisor.account.id = :accountId)";
    }

    private static void bindAdvisor(TypedQuery<?> query, Long advisorAccountId) {
        if (advisorAccountId != null) {
            query.setParameter("accountId", advisorAccountId);
        }
    }

    public List<DirectorySummary> listDirectory(ConnectorFilter filter, PageRequest page, Instant now) {
        TypedQuery<DirectorySummary> query = entityManager.createQuery(DIRECTORY_SUMMARY
                + " where c.owner is null and c.mergedInto is null" + conditions(filter) + " order by "
                + ConnectorSort.orderBy(page.sortKey(), page.ascending()), DirectorySummary.class)
                .setParameter("now", now);
        bind(query, filter);
        return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long countDirectory(ConnectorFilter filter) {
        TypedQuery<Long> query = entityManager.createQuery("select count(c) from Connector c left join"
                + " c.organisation o where c.owner is null and c.mergedInto is null" + conditions(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /**
     * Live directory volunteers at the same organisation or in the same industry as {@code connector} who can
     * take another request under their cap: who else fits when this one is fully asked.
     */
    public List<DirectorySummary> listAlternatives(Connector connector, FatigueCap officeCap, Instant now, int max) {
        return entityManager.createQuery(DIRECTORY_SUMMARY + " where c.owner is null and c.archived = false"
                        + " and c.id <> :id and ((:organisationId is not null and o.id = :organisationId)"
                        + " or (:industry is not null and c.industry = :industry))"
                        + " and " + OPEN_REQUESTS + " < coalesce(c.capRequests, :officeRequests)"
                        + " order by case when o.id = :organisationId then 0 else 1 end, c.fullName",
                        DirectorySummary.class)
                .setParameter("id", connector.getId())
                .setParameter("organisationId",
                        connector.getOrganisation() == null ? null : connector.getOrganisation().getId())
                .setParameter("industry", connector.getIndustry())
                .setParameter("officeRequests", officeCap.maxOpenRequests())
                .setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    /** Open requests that count against this volunteer's cap at {@code now}. */
    public long countOpenRequests(long directoryConnectorId, Instant now) {
        return entityManager.createQuery("select count(r) from DirectoryRequest r where r.directoryConnector.id = :id"
                        + " and r.state = org.rapport.connectors.DirectoryRequestState.OPEN and r.countsUntil > :now",
                        Long.class)
                .setParameter("id", directoryConnectorId).setParameter("now", now).getSingleResult();
    }

    /** The student's live private copy of a directory volunteer, if they already added them. */
    public Optional<Connector> findCopy(long studentId, long directoryConnectorId) {
        return entityManager.createQuery("select c from Connector c where c.owner.id = :studentId"
                        + " and c.directorySource.id = :sourceId and c.archived = false", Connector.class)
                .setParameter("studentId", studentId).setParameter("sourceId", directoryConnectorId)
                .getResultStream().findFirst();
    }

    public List<DirectoryRequest> listOpenRequestsFor(long privateConnectorId) {
        return entityManager.createQuery("select r from DirectoryRequest r where r.privateConnector.id = :id"
                        + " and r.state = org.rapport.connectors.DirectoryRequestState.OPEN", DirectoryRequest.class)
                .setParameter("id", privateConnectorId).getResultList();
    }

    /**
     * Records in the same list ({@code ownerId}, or the directory when {@code null}) that look like the same
     * person: same e-mail, or same folded name at the same organisation (or both without one).
     */
    public List<ConnectorSummary> listPossibleDuplicates(Long ownerId, String nameKey, Long organisationId,
                                                         String email, Long exceptId) {
        TypedQuery<ConnectorSummary> query = entityManager.createQuery(SUMMARY + " where "
                        + (ownerId == null ? "c.owner is null and c.mergedInto is null" : "c.owner.id = :ownerId")
                        + " and (:exceptId is null or c.id <> :exceptId)"
                        + " and ((:email is not null and c.email = :email) or (c.nameKey = :nameKey and"
                        + " ((:organisationId is null and o.id is null) or o.id = :organisationId)))"
                        + " order by c.archived, c.fullName", ConnectorSummary.class)
                .setParameter("exceptId", exceptId).setParameter("email", email).setParameter("nameKey", nameKey)
                .setParameter("organisationId", organisationId);
        if (ownerId != null) {
            query.setParameter("ownerId", ownerId);
        }
        return query.setMaxResults(10).getResultList();
    }

    /**
     * Pairs (lower id first) of live directory records that look like the same person, for administrators to merge.
     * Two equality joins, one per rule, so each can use its index; an OR in one join could use neither.
     */
    public List<long[]> listDirectoryDuplicatePairs(int max) {
        String live = " a.owner is null and b.owner is null and a.archived = false and b.archived = false"
                + " and a.id < b.id";
        java.util.Set<List<Long>> pairs = new java.util.LinkedHashSet<>();
        entityManager.createQuery("select a.id, b.id from Connector a join Connector b on b.email = a.email"
                        + " where" + live + " order by a.id, b.id", Object[].class)
                .setMaxResults(max).getResultStream().forEach(row -> pairs.add(List.of((Long) row[0], (Long) row[1])));
        entityManager.createQuery("select a.id, b.id from Connector a join Connector b on b.nameKey = a.nameKey"
                        + " where" + live + " and ((a.organisation is null and b.organisation is null)"
                        + " or a.organisation = b.organisation) order by a.id, b.id", Object[].class)
                .setMaxResults(max).getResultStream().forEach(row -> pairs.add(List.of((Long) row[0], (Long) row[1])));
        return pairs.stream().sorted(java.util.Comparator.comparing((List<Long> pair) -> pair.get(0))
                        .thenComparing(pair -> pair.get(1)))
                .limit(max).map(pair -> new long[] {pair.get(0), pair.get(1)}).toList();
    }

    /** The student's other live connectors, and the current referrer even if archived, for "referred by" lists. */
    public List<ConnectorSummary> listReferrerChoices(long studentId, Long exceptId) {
        return entityManager.createQuery(SUMMARY + " where c.owner.id = :studentId and (c.archived = false"
                        + " or c.id = (select x.referredBy.id from Connector x where x.id = :exceptId))"
                        + " and (:exceptId is null or c.id <> :exceptId) order by c.fullName", ConnectorSummary.class)
                .setParameter("studentId", studentId).setParameter("exceptId", exceptId)
                .setMaxResults(500).getResultList();
    }

    /** Other records that refer to this connector within the connectors feature. */
    public long countInternalReferences(long connectorId) {
        return entityManager.createQuery("select count(c) from Connector c where c.referredBy.id = :id"
                        + " or c.directorySource.id = :id", Long.class)
                .setParameter("id", connectorId).getSingleResult()
                + entityManager.createQuery("select count(r) from DirectoryRequest r"
                        + " where r.privateConnector.id = :id or r.directoryConnector.id = :id", Long.class)
                .setParameter("id", connectorId).getSingleResult();
    }

    /** Moves everything that points at {@code duplicate} to {@code survivor} (directory merge). */
    public void repoint(Connector duplicate, Connector survivor) {
        entityManager.createQuery("update DirectoryRequest r set r.directoryConnector = :survivor"
                        + " where r.directoryConnector = :duplicate")
                .setParameter("survivor", survivor).setParameter("duplicate", duplicate).executeUpdate();
        entityManager.createQuery("update Connector c set c.directorySource = :survivor, c.version = c.version + 1"
                        + " where c.directorySource = :duplicate")
                .setParameter("survivor", survivor).setParameter("duplicate", duplicate).executeUpdate();
        entityManager.createQuery("update Connector c set c.referredBy = :survivor, c.version = c.version + 1"
                        + " where c.referredBy = :duplicate")
                .setParameter("survivor", survivor).setParameter("duplicate", duplicate).executeUpdate();
    }

    /** The student with this id as a reference, without reading the row. */
    public org.rapport.people.Student studentReference(long studentId) {
        return entityManager.getReference(org.rapport.people.Student.class, studentId);
    }

    public void add(Object entity) {
        entityManager.persist(entity);
    }

    public void remove(Connector connector) {
        entityManager.remove(connector);
    }

    private static String conditions(ConnectorFilter filter) {
        StringBuilder where = new StringBuilder();
        if (!filter.includeArchived()) {
            where.append(" and c.archived = false");
        }
        if (filter.text() != null) {
            where.append(" and (c.fullName like :text or c.title like :text or o.name like :text)");
        }
        if (filter.industry() != null) {
            where.append(" and c.industry = :industry");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, ConnectorFilter filter) {
        if (filter.text() != null) {
            query.setParameter("text", Like.containing(filter.text()));
        }
        if (filter.industry() != null) {
            query.setParameter("industry", filter.industry());
        }
    }
}
