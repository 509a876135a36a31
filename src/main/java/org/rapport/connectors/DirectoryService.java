package org.rapport.connectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditLog;
import org.rapport.identity.CurrentUser;
import org.rapport.organisations.Organisation;
import org.rapport.people.StudentAccess;
import org.rapport.platform.BusinessException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.InvalidFieldException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.PageRequest;

/**
 * The office directory of volunteer connectors. Everyone with a role browses it; staff curate it (consent, cap
 * overrides); administrators merge duplicates; students ask to meet a volunteer, which adds a private copy to their
 * list and counts against the volunteer's fatigue cap. The cap is checked with the volunteer's row locked, so
 * students asking at the same moment queue and the cap holds.
 */
@ApplicationScoped
@Transactional
public class DirectoryService {

    @Inject
    private ConnectorRepository connectors;

    @Inject
    private ConnectorService connectorService;

    @Inject
    private DirectorySettings settings;

    @Inject
    private DirectoryRequests requests;

    @Inject
    private StudentAccess access;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    public FatigueCap officeCap() {
        return settings.officeCap();
    }

    /** Directory volunteers; archived ones only for staff who ask for them. */
    public List<DirectorySummary> listDirectory(@NotNull ConnectorFilter filter, @NotNull PageRequest page) {
        FatigueCap cap = settings.officeCap();
        return connectors.listDirectory(visibleFilter(filter), page, clock.instant()).stream()
                .map(row -> row.withOfficeCap(cap)).toList();
    }

    public long countDirectory(@NotNull ConnectorFilter filter) {
        return connectors.countDirectory(visibleFilter(filter));
    }

    private ConnectorFilter visibleFilter(ConnectorFilter filter) {
        if (!currentUser.hasAnyRole()) {
            throw access.denied("directory", null);
        }
        return currentUser.isStaff() ? filter : new ConnectorFilter(filter.text(), filter.industry(), false);
    }

    /** Open requests and the cap of one volunteer, as of now. */
    public DirectorySummary capStatus(long id) {
        requireStaff("directory (cap)");
        Connector connector = directoryConnector(id);
        long open = connectors.countOpenRequests(id, clock.instant());
        return new DirectorySummary(id, connector.getFullName(), connector.getTitle(), null, connector.getIndustry(),
                connector.getLevel(), connector.getConsentScope(), connector.getConsentGivenOn(),
                connector.isArchived(), open, connector.getCapRequests(), connector.getCapDays())
                .withOfficeCap(settings.officeCap());
    }

    /**
     * The signed-in student asks to meet a directory volunteer (see {@link DirectoryRequests#request}).
     */
    public DirectoryRequestOutcome requestMeeting(long directoryConnectorId) {
        return requests.request(access.currentStudent().getId(), directoryConnectorId);
    }

    /** An empty directory form (staff). */
    public ConnectorForm newDirectoryConnector() {
        requireStaff("directory (add)");
        ConnectorForm form = new ConnectorForm();
        form.setDirectory(true);
        form.setConsentGivenOn(java.time.LocalDate.now(clock));
        return form;
    }

    /** A volunteer ready for staff to edit. */
    public ConnectorForm editDirectoryConnector(long id) {
        requireStaff("directory (edit)");
        return ConnectorForm.of(liveDirectoryConnector(id));
    }

    /**
     * Saves a new or changed directory volunteer (staff). Possible duplicates in the directory are returned
     * instead of saving until the form says they were seen.
     */
    public ConnectorSaveResult saveDirectoryConnector(@NotNull @Valid ConnectorForm form) {
        requireStaff("directory (save)");
        if (form.getConsentGivenOn() == null) {
            throw new InvalidFieldException("consentGivenOn", "directory.consentDate.required");
        }
        if (form.getConsentScope() == null || form.getConsentScope().isBlank()) {
            throw new InvalidFieldException("consentScope", "directory.consentScope.required");
        }
        if ((form.getCapRequests() == null) != (form.getCapDays() == null)) {
            throw new InvalidFieldException("capRequests", "directory.cap.both");
        }
        Connector connector = null;
        if (!form.isNew()) {
            connector = liveDirectoryConnector(form.getId());
            if (connector.getVersion() != form.getVersion()) {
                throw new ConcurrentChangeException(connector.getFullName());
            }
        }
        Organisation organisation = connectorService.resolveOrganisation(form.getOrganisationName());
        if (!form.isDuplicatesSeen()) {
            List<ConnectorSummary> found = connectors.listPossibleDuplicates(null,
                    ConnectorIdentity.nameKey(form.getFullName()), organisation == null ? null : organisation.getId(),
                    ConnectorIdentity.emailKey(form.getEmail()), form.getId());
            if (!found.isEmpty()) {
                return ConnectorSaveResult.duplicates(found);
            }
        }
        if (connector == null) {
            connector = Connector.forDirectory(form.getFullName(), form.getConsentGivenOn(), form.getConsentScope());
            connectors.add(connector);
        }
        form.setAcquaintance(Acquaintance.COLD);
        form.applyTo(connector, organisation, null);
        connector.recordConsent(form.getConsentGivenOn(), form.getConsentScope());
        connector.overrideCap(form.getCapRequests(), form.getCapDays());
        return ConnectorSaveResult.saved(connector.getId());
    }

    /** Takes a volunteer out of the directory (consent withdrawn, left the company); history stays. */
    public void archiveDirectoryConnector(long id) {
        requireStaff("directory (archive)");
        liveDirectoryConnector(id).archive();
    }

    public void restoreDirectoryConnector(long id) {
        requireStaff("directory (restore)");
        liveDirectoryConnector(id).restore();
    }

    /** Pairs of live directory records that look like the same person (administrators). */
    public List<DuplicatePair> listDuplicatePairs() {
        requireAdmin("directory duplicates");
        List<long[]> pairs = connectors.listDirectoryDuplicatePairs(100);
        Map<Long, Connector> records = connectors.findAll(pairs.stream()
                .flatMap(pair -> java.util.stream.Stream.of(pair[0], pair[1])).collect(Collectors.toSet()));
        return pairs.stream().map(pair -> new DuplicatePair(ConnectorForm.of(records.get(pair[0])),
                ConnectorForm.of(records.get(pair[1])))).toList();
    }

    /**
     * Folds {@code duplicateId} into {@code survivorId} (administrators): requests, students' copies and referrals
     * move to the survivor, which gains the duplicate's interests and fills its own gaps; the duplicate stays,
     * archived, pointing at the survivor. Audited.
     */
    public void mergeDirectoryConnectors(long duplicateId, long survivorId, long duplicateVersion,
                                         long survivorVersion) {
        requireAdmin("directory merge");
        if (duplicateId == survivorId) {
            throw new BusinessException("directory.merge.same");
        }
        Connector duplicate = directoryConnector(duplicateId);
        Connector survivor = directoryConnector(survivorId);
        if (duplicate.getVersion() != duplicateVersion || survivor.getVersion() != survivorVersion) {
            throw new ConcurrentChangeException(survivor.getFullName());
        }
        if (duplicate.isArchived() || survivor.isArchived()) {
            throw new BusinessException("directory.merge.archived");
        }
        connectors.repoint(duplicate, survivor);
        duplicate.mergeInto(survivor);
        audit.record(currentUser.actor(), AuditAction.DIRECTORY_CONNECTOR_MERGED, null,
                duplicate.getFullName() + " #" + duplicateId + " → #" + survivorId, null);
    }

    private Connector directoryConnector(long id) {
        return connectors.find(id).filter(Connector::isDirectory)
                .orElseThrow(() -> new NotFoundException("directory connector", id));
    }

    /** A directory record that was not merged into another (a merged one is history, not edited). */
    private Connector liveDirectoryConnector(long id) {
        Connector connector = directoryConnector(id);
        if (connector.getMergedInto() != null) {
            throw new NotFoundException("directory connector (merged)", id);
        }
        return connector;
    }

    private void requireStaff(String what) {
        if (!currentUser.isStaff()) {
            throw access.denied(what, null);
        }
    }

    private void requireAdmin(String what) {
        if (!currentUser.isAdmin()) {
            throw access.denied(what, null);
        }
    }
}
