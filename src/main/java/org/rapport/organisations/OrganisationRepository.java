package org.rapport.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.rapport.platform.Like;
import org.rapport.platform.PageRequest;

/** Queries over the organisation directory; paging, sorting and filtering happen in MariaDB. */
@ApplicationScoped
public class OrganisationRepository {

    private static final String SUMMARY = "select new org.rapport.organisations.OrganisationSummary(o.id, o.name,"
            + " o.industry, o.sizeBand, o.city, o.countryCode) from Organisation o";
    private static final String CHOICE = "select new org.rapport.organisations.OrganisationChoice(o.id, o.name)";

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    public Optional<Organisation> find(long id) {
        return Optional.ofNullable(entityManager.find(Organisation.class, id));
    }

    /** The organisation with this name; the column's collation ignores case and accents. */
    public Optional<OrganisationChoice> findByName(String name) {
        return entityManager.createQuery(CHOICE + " from Organisation o where o.name = :name",
                OrganisationChoice.class).setParameter("name", name.strip()).getResultStream().findFirst();
    }

    public List<OrganisationChoice> listNameContaining(String text, int max) {
        return entityManager.createQuery(CHOICE + " from Organisation o where o.name like :text order by o.name",
                        OrganisationChoice.class)
                .setParameter("text", Like.containing(text)).setMaxResults(max).getResultList();
    }

    public List<OrganisationSummary> listSummaries(PageRequest request, Industry industry) {
        OrganisationSort sort = OrganisationSort.forKey(request.sortKey());
        TypedQuery<OrganisationSummary> rows = entityManager.createQuery(SUMMARY + where(request.filter(), industry)
                + " order by " + sort.orderBy(request.ascending()), OrganisationSummary.class);
        bind(rows, request.filter(), industry);
        return rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
    }

    public long countSummaries(String filter, Industry industry) {
        TypedQuery<Long> count = entityManager.createQuery(
                "select count(o) from Organisation o" + where(filter, industry), Long.class);
        bind(count, filter, industry);
        return count.getSingleResult();
    }

    /** The competitors of one organisation, by name, read with one join. */
    public List<OrganisationChoice> listCompetitors(long organisationId) {
        return entityManager.createQuery("select new org.rapport.organisations.OrganisationChoice(c.id, c.name)"
                        + " from Organisation o join o.competitors c where o.id = :id order by c.name",
                OrganisationChoice.class).setParameter("id", organisationId).getResultList();
    }

    private static String where(String filter, Industry industry) {
        StringBuilder where = new StringBuilder();
        if (filter != null && !filter.isBlank()) {
            where.append(" where o.name like :text");
        }
        if (industry != null) {
            where.append(where.length() == 0 ? " where" : " and").append(" o.industry = :industry");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, String filter, Industry industry) {
        if (filter != null && !filter.isBlank()) {
            query.setParameter("text", Like.containing(filter));
        }
        if (industry != null) {
            query.setParameter("industry", industry);
        }
    }

    public void add(Organisation organisation) {
        entityManager.persist(organisation);
    }
}
