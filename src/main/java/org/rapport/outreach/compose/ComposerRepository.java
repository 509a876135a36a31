package org.rapport.outreach.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.outcomes.StudentOutcome;
import org.rapport.outreach.templates.MessageTemplate;

/** Reads and stores what the composer works on: drafts, offered windows and the office's templates. */
@ApplicationScoped
public class ComposerRepository {

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    public Optional<MeetingMessage> findDraft(String draftKey) {
        return entityManager.createQuery("select m from MeetingMessage m where m.draftKey = :key", MeetingMessage.class)
                .setParameter("key", draftKey).getResultStream().findFirst();
    }

    /** The templates offered for a kind on a channel, by name; retired ones are left out. */
    public List<MessageTemplate> listTemplates(MessageKind kind, MessageChannel channel) {
        return entityManager.createQuery("select t from MessageTemplate t where t.kind = :kind"
                        + " and t.channel = :channel and t.retired = false order by t.name, t.id", MessageTemplate.class)
                .setParameter("kind", kind).setParameter("channel", channel).getResultList();
    }

    public Optional<MessageTemplate> findTemplate(long id) {
        return Optional.ofNullable(entityManager.find(MessageTemplate.class, id));
    }

    public List<MeetingWindow> listWindows(long meetingId) {
        return entityManager.createNamedQuery(MeetingWindow.LIST_BY_MEETING, MeetingWindow.class)
                .setParameter("meeting", meetingId).getResultList();
    }

    public Optional<MeetingWindow> findWindow(long id) {
        return Optional.ofNullable(entityManager.find(MeetingWindow.class, id));
    }

    public Optional<StudentOutcome> findOutcome(long id) {
        return Optional.ofNullable(entityManager.find(StudentOutcome.class, id));
    }

    public <T> Optional<T> find(Class<T> type, long id) {
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
