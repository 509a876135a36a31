package org.rapport.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.rapport.connectors.Connector;
import org.rapport.people.Student;
import org.rapport.people.StudentAccess;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.NotFoundException;

/**
 * The signed-in student's own entries on the research list (the referrals on it are {@link ReferralService}'s):
 * only the owner adds, changes and removes them; the list is read with the referrals page.
 */
@ApplicationScoped
@Transactional
public class ResearchListService {

    @Inject
    private ReferralRepository referrals;

    @Inject
    private StudentAccess access;

    /** Adds an organisation or person to the signed-in student's research list. */
    public long addTarget(@NotNull @Valid ResearchTargetForm form) {
        Student student = access.currentStudent();
        ResearchTarget target = new ResearchTarget(student, person(student, form.getConnectorId()), form.getName(),
                form.getOrganisationName(), form.getNote());
        referrals.add(target);
        return target.getId();
    }

    /** One of the student's own entries, to change. */
    public ResearchTargetForm targetForm(long targetId) {
        ResearchTarget target = own(targetId);
        ResearchTargetForm form = new ResearchTargetForm();
        form.setVersion(target.getVersion());
        form.setConnectorId(target.getConnector() == null ? null : target.getConnector().getId());
        form.setName(target.getName());
        form.setOrganisationName(target.getOrganisationName());
        form.setNote(target.getNote());
        return form;
    }

    /**
     * Changes one of the student's own entries.
     *
     * @throws ConcurrentChangeException when it was changed meanwhile; the form keeps what was typed
     */
    public void saveTarget(long targetId, @NotNull @Valid ResearchTargetForm form) {
        ResearchTarget target = own(targetId);
        if (form.getVersion() == null || target.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException("research target " + targetId);
        }
        target.describe(person(target.getStudent(), form.getConnectorId()), form.getName(),
                form.getOrganisationName(), form.getNote());
    }

    public void removeTarget(long targetId) {
        referrals.remove(own(targetId));
    }

    private ResearchTarget own(long targetId) {
        Student student = access.currentStudent();
        return referrals.findOther(ResearchTarget.class, targetId)
                .filter(found -> found.getStudent().getId().equals(student.getId()))
                .orElseThrow(() -> new NotFoundException("research target", targetId));
    }

    private Connector person(Student student, Long connectorId) {
        return connectorId == null ? null : referrals.getOwnConnector(student.getId(), connectorId);
    }
}
