package org.rapport.connectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.Role;
import org.rapport.organisations.Organisation;
import org.rapport.organisations.OrganisationService;
import org.rapport.people.Student;
import org.rapport.people.StudentAccess;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.InvalidFieldException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.PageRequest;

/**
 * A student's own connectors: listing, adding, editing, archiving and deleting them. The student changes their
 * list; their caseload advisors may read it; nobody else reaches it (checked here through {@link StudentAccess}).
 */
@ApplicationScoped
@Transactional
public class ConnectorService {

    private static final int REFERRER_CHAIN_LIMIT = 100;

    @Inject
    private ConnectorRepository connectors;

    @Inject
    private StudentAccess access;

    @Inject
    private OrganisationService organisations;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Instance<ConnectorUsage> usages;

    private final Clock clock = Clock.systemUTC();

    public List<ConnectorSummary> listOwnConnectors(@NotNull ConnectorFilter filter, @NotNull PageRequest page) {
        return connectors.listOwned(access.currentStudent().getId(), filter, page);
    }

    public long countOwnConnectors(@NotNull ConnectorFilter filter) {
        return connectors.countOwned(access.currentStudent().getId(), filter);
    }

    /** Opens a student's connector list for a caseload advisor (audited) and returns the student's name. */
    public String openConnectorsOf(long studentId) {
        return access.readableStudent(studentId, "connectors").getDisplayName();
    }

    /** A page of a student's connectors for one of their caseload advisors; empty for anyone else. */
    public List<ConnectorSummary> listConnectorsOf(long studentId, @NotNull ConnectorFilter filter,
                                                   @NotNull PageRequest page) {
        return connectors.listOwned(studentId, caseloadAdvisorAccount(studentId), filter, page);
    }

    public long countConnectorsOf(long studentId, @NotNull ConnectorFilter filter) {
        return connectors.countOwned(studentId, caseloadAdvisorAccount(studentId), filter);
    }

    /** The caller's account when they are an advisor; the queries then keep only their caseload's rows. */
    private long caseloadAdvisorAccount(long studentId) {
        if (!currentUser.hasRole(Role.ADVISOR)) {
            throw access.denied("connectors", studentId);
        }
        return currentUser.accountId().orElseThrow(() -> access.denied("connectors", studentId));
    }

    /** An empty form for the signed-in student's next connector. */
    public ConnectorForm newConnector() {
        access.currentStudent();
        return new ConnectorForm();
    }

    /** One of the signed-in student's connectors, ready to edit. */
    public ConnectorForm editConnector(long id) {
        Connector connector = ownConnector(id);
        return ConnectorForm.of(connector);
    }

    /** A private connector for its owner or a caseload advisor (audited for the advisor). */
    public ConnectorForm readConnector(long id) {
        Connector connector = connectors.find(id).filter(c -> !c.isDirectory())
                .orElseThrow(() -> new NotFoundException("connector", id));
        access.checkCanRead(connector.getOwner(), "connector " + id);
        return ConnectorForm.of(connector);
    }

    /** The signed-in student's other live connectors, to name as a referrer. */
    public List<ConnectorSummary> listReferrerChoices(Long exceptId) {
        return connectors.listReferrerChoices(access.currentStudent().getId(), exceptId);
    }

    /**
     * Saves a new or changed connector of the signed-in student. When records that look like the same person
     * exist and the form does not say they were seen, nothing is saved and they are returned instead.
     *
     * @throws ConcurrentChangeException when the connector was saved meanwhile; nothing is changed
     * @throws InvalidFieldException when the organisation or referrer cannot be used
     */
    public ConnectorSaveResult saveConnector(@NotNull @Valid ConnectorForm form) {
        Student student = access.currentStudent();
        Connector connector;
        if (form.isNew()) {
            connector = null;
        } else {
            connector = ownConnector(form.getId());
            if (connector.getVersion() != form.getVersion()) {
                throw new ConcurrentChangeException(connector.getFullName());
            }
        }
        Organisation organisation = resolveOrganisation(form.getOrganisationName());
        if (!form.isDuplicatesSeen()) {
            List<ConnectorSummary> found = connectors.listPossibleDuplicates(student.getId(),
                    ConnectorIdentity.nameKey(form.getFullName()), organisation == null ? null : organisation.getId(),
                    ConnectorIdentity.emailKey(form.getEmail()), form.getId());
            if (!found.isEmpty()) {
                return ConnectorSaveResult.duplicates(found);
            }
        }
        if (connector == null) {
            connector = Connector.privateFor(student, form.getFullName());
            connectors.add(connector);
        }
        form.applyTo(connector, organisation, resolveReferrer(student, connector, form));
        return ConnectorSaveResult.saved(connector.getId());
    }

    /** Takes a connector off the active list; any open directory request for it is withdrawn. */
    public void archiveConnector(long id) {
        Connector connector = ownConnector(id);
        connector.archive();
        connectors.listOpenRequestsFor(id).forEach(r -> r.withdraw(clock.instant()));
    }

    public void restoreConnector(long id) {
        ownConnector(id).restore();
    }

    /**
     * Deletes a connector nothing refers to.
     *
     * @throws ConnectorInUseException naming what still refers to it (archive it instead)
     */
    public void deleteConnector(long id) {
        Connector connector = ownConnector(id);
        Map<String, Long> references = new LinkedHashMap<>();
        long internal = connectors.countInternalReferences(id);
        if (internal > 0) {
            references.put("connector.references.connectors", internal);
        }
        for (ConnectorUsage usage : usages) {
            long count = usage.countReferences(id);
            if (count > 0) {
                references.put(usage.messageKey(), count);
            }
        }
        if (!references.isEmpty()) {
            throw new ConnectorInUseException(connector.getFullName(), references);
        }
        connectors.remove(connector);
    }

    private Connector ownConnector(long id) {
        Connector connector = connectors.find(id).filter(c -> !c.isDirectory())
                .orElseThrow(() -> new NotFoundException("connector", id));
        access.checkCanChange(connector.getOwner(), "connector " + id);
        return connector;
    }

    /** The organisation named on the form (names are unique), or {@code null} when blank. */
    Organisation resolveOrganisation(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return organisations.findByName(name).orElseThrow(() -> new InvalidFieldException("organisationName",
                "connector.organisation.unknown", name.strip()));
    }

    private Connector resolveReferrer(Student student, Connector connector, ConnectorForm form) {
        if (form.getAcquaintance() != Acquaintance.REFERRED || form.getReferredById() == null) {
            return null;
        }
        Connector referrer = connectors.find(form.getReferredById())
                .filter(c -> !c.isDirectory() && c.getOwner().getId().equals(student.getId()))
                .orElseThrow(() -> new InvalidFieldException("referredById", "connector.referrer.unknown"));
        Connector step = referrer;
        for (int i = 0; step != null && i < REFERRER_CHAIN_LIMIT; i++) {
            if (step.equals(connector)) {
                throw new InvalidFieldException("referredById", "connector.referrer.loop");
            }
            step = step.getReferredBy();
        }
        return referrer;
    }
}
