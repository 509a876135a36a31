package org.rapport.research;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.rapport.connectors.Connector;
import org.rapport.organisations.Industry;
import org.rapport.organisations.Organisation;
import org.rapport.people.Student;
import org.rapport.platform.Like;
import org.rapport.platform.PageRequest;

/**
 * Queries over research notebooks. Lists are one summary query with joins, paged, sorted and filtered in MariaDB;
 * a note's parts are read with one query per kind, whatever their number.
 */
@ApplicationScoped
public class NotebookRepository {

    private static final String FROM = " from ResearchNote n left join n.organisation o left join n.connector c"
            + " where n.student.id = :studentId";
    private static final String SUMMARY = "select new org.rapport.research.NoteSummary(n.id, n.title, o.name,"
            + " n.industry, c.fullName, n.tags, n.updatedAt)" + FROM;
    private static final String TEXT_FILTER = "n.title like :text or n.tags like :text or o.name like :text"
            + " or c.fullName like :text";
    private static final String INDUSTRY_FILTER = " or n.industry in :industries or o.industry in :industries";

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    /** One page of a student's notes; the filter matches title, tags, organisation, industry and connector. */
    public List<NoteSummary> listSummaries(long studentId, PageRequest request) {
        TypedQuery<NoteSummary> rows = entityManager.createQuery(SUMMARY + where(request.filter()) + " order by "
                + NoteSort.orderBy(request.sortKey(), request.ascending()), NoteSummary.class);
        bind(rows, studentId, request.filter());
        return rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
    }

    public long countSummaries(long studentId, String filter) {
        TypedQuery<Long> count = entityManager.createQuery("select count(n)" + FROM + where(filter), Long.class);
        bind(count, studentId, filter);
        return count.getSingleResult();
    }

    private static String where(String filter) {
        if (filter == null || filter.isBlank()) {
            return "";
        }
        return " and (" + TEXT_FILTER + (industriesMatching(filter).isEmpty() ? "" : INDUSTRY_FILTER) + ")";
    }

    private static void bind(TypedQuery<?> query, long studentId, String filter) {
        query.setParameter("studentId", studentId);
        if (filter != null && !filter.isBlank()) {
            query.setParameter("text", Like.containing(filter));
            List<Industry> industries = industriesMatching(filter);
            if (!industries.isEmpty()) {
                query.setParameter("industries", industries);
            }
        }
    }

    /**
     * The industries whose name contains the typed text, read as words ("financial" finds FINANCIAL_SERVICES), so
     * a search by industry needs no join to the screen's labels.
     */
    static List<Industry> industriesMatching(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Industry.values())
                .filter(industry -> industry.name().replace('_', ' ').toLowerCase(Locale.ROOT).contains(wanted))
                .toList();
    }

    public Optional<Student> findStudent(long id) {
        return Optional.ofNullable(entityManager.find(Student.class, id));
    }

    public Optional<ResearchNote> findNote(long id) {
        return Optional.ofNullable(entityManager.find(ResearchNote.class, id));
    }

    /** The note with its student, organisation and connector loaded. */
    public Optional<ResearchNote> findComplete(long id) {
        return entityManager.createNamedQuery(ResearchNote.FIND_COMPLETE, ResearchNote.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    public <T extends NotePart> Optional<T> findPart(Class<T> type, long id) {
        return Optional.ofNullable(entityManager.find(type, id));
    }

    public List<NoteSource> listSources(ResearchNote note) {
        return entityManager.createQuery("select s from NoteSource s where s.note = :note"
                + " order by s.createdAt, s.id", NoteSource.class).setParameter("note", note).getResultList();
    }

    public List<Finding> listFindings(ResearchNote note) {
        return entityManager.createQuery("select f from Finding f where f.note = :note"
                + " order by f.createdAt, f.id", Finding.class).setParameter("note", note).getResultList();
    }

    /** The note's hypotheses, each with its whole history and the connectors heard from, in one query. */
    public List<Hypothesis> listHypotheses(ResearchNote note) {
        return entityManager.createQuery("select distinct h from Hypothesis h left join fetch h.history e"
                        + " left join fetch e.heardFrom where h.note = :note order by h.createdAt, h.id",
                Hypothesis.class).setParameter("note", note).getResultList();
    }

    public List<NewsItem> listNews(ResearchNote note) {
        return entityManager.createQuery("select i from NewsItem i left join fetch i.meantFor where i.note = :note"
                + " order by i.createdAt, i.id", NewsItem.class).setParameter("note", note).getResultList();
    }

    public List<SalaryFinding> listSalaries(ResearchNote note) {
        return entityManager.createQuery("select s from SalaryFinding s where s.note = :note"
                + " order by s.createdAt, s.id", SalaryFinding.class).setParameter("note", note).getResultList();
    }

    /**
     * What a pick list offers: the student's own connectors that are not archived, and archived ones the notebook
     * still names (so saving a form again keeps its link), by name.
     */
    public List<ConnectorOption> listConnectorOptions(long studentId) {
        return entityManager.createQuery("select new org.rapport.research.ConnectorOption(c.id, c.fullName)"
                        + " from Connector c where c.owner.id = :studentId and (c.archived = false"
                        + " or exists (select n.id from ResearchNote n where n.connector = c)"
                        + " or exists (select i.id from NewsItem i where i.meantFor = c))"
                        + " order by c.fullName, c.id", ConnectorOption.class)
                .setParameter("studentId", studentId).getResultList();
    }

    public Optional<Connector> findConnector(long id) {
        return Optional.ofNullable(entityManager.find(Connector.class, id));
    }

    /** The organisation with exactly this name (names are unique; the collation ignores case). */
    public Optional<Organisation> findOrganisationByName(String name) {
        return entityManager.createQuery("select o from Organisation o where o.name = :name", Organisation.class)
                .setParameter("name", name.strip()).getResultStream().findFirst();
    }

    /** Organisation names containing {@code text}, for suggestions while typing. */
    public List<String> suggestOrganisationNames(String text, int max) {
        return entityManager.createQuery("select o.name from Organisation o where o.name like :text order by o.name",
                        String.class)
                .setParameter("text", Like.containing(text)).setMaxResults(max).getResultList();
    }

    public void add(Object entity) {
        entityManager.persist(entity);
    }

    public void remove(Object entity) {
        entityManager.remove(entity);
    }
}
