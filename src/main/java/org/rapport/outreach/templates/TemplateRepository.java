package org.rapport.outreach.templates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.platform.Like;
import org.rapport.platform.PageRequest;

/** Reads and stores the office's message templates; lists filter, sort and page in MariaDB. */
@ApplicationScoped
public class TemplateRepository {

    /** The sort keys a screen may ask for, each mapped to its column; anything else sorts by kind. */
    private static final Map<String, String> SORTS = Map.of("kind", "t.kind", "channel", "t.channel",
            "name", "t.name", "updated", "t.updatedAt");

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    public Optional<MessageTemplate> find(long id) {
        return Optional.ofNullable(entityManager.find(MessageTemplate.class, id));
    }

    public void add(MessageTemplate template) {
        entityManager.persist(template);
    }

    /** A page of templates: by kind, channel and name unless the screen asks for another order. */
    public List<MessageTemplate> list(TemplateFilter filter, PageRequest page) {
        String column = page.sortKey() == null ? null : SORTS.get(page.sortKey());
        String order = column == null ? "t.kind, t.channel, t.name"
                : column + (page.ascending() ? " asc" : " desc") + ", t.name";
        TypedQuery<MessageTemplate> query = entityManager.createQuery("select t from MessageTemplate t"
                + conditions(filter) + " order by " + order + ", t.id", MessageTemplate.class);
        bind(query, filter);
        return query.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
    }

    public long count(TemplateFilter filter) {
        TypedQuery<Long> query = entityManager.createQuery("select count(t) from MessageTemplate t"
                + conditions(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /** Whether another template of this kind and channel already has the name (the names are unique per pair). */
    public boolean nameTaken(MessageKind kind, MessageChannel channel, String name, Long exceptId) {
        return entityManager.createQuery("select count(t) from MessageTemplate t where t.kind = :kind"
                        + " and t.channel = :channel and lower(t.name) = lower(:name) and t.id <> :id", Long.class)
                .setParameter("kind", kind).setParameter("channel", channel).setParameter("name", name.strip())
                .setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult() > 0;
    }

    private static String conditions(TemplateFilter filter) {
        StringBuilder where = new StringBuilder(" where t.retired = :retired");
        if (filter.kind() != null) {
            where.append(" and t.kind = :kind");
        }
        if (filter.channel() != null) {
            where.append(" and t.channel = :channel");
        }
        if (hasWords(filter)) {
            where.append(" and (t.name like :words or t.subject like :words or t.body like :words)");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, TemplateFilter filter) {
        query.setParameter("retired", filter.retired());
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.channel() != null) {
            query.setParameter("channel", filter.channel());
        }
        if (hasWords(filter)) {
            query.setParameter("words", Like.containing(filter.words()));
        }
    }

    private static boolean hasWords(TemplateFilter filter) {
        return filter.words() != null && !filter.words().isBlank();
    }
}
