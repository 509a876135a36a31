package org.rapport.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditLog;
import org.rapport.identity.CurrentUser;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.PageRequest;

/**
 * The office's shared list of organisations: finding, adding and describing them. Everyone with a role in Rapport
 * may list, read and add organisations; staff may change any, a student only those they added. Names stay unique.
 */
@ApplicationScoped
@Transactional
public class OrganisationService {

    private static final int MAX_SUGGESTIONS = 50;

    @Inject
    private OrganisationRepository organisations;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    /** Up to {@code max} organisations whose name contains {@code text}, by name; for pick lists. */
    public List<OrganisationChoice> suggest(String text, int max) {
        return organisations.listNameContaining(text == null ? "" : text, Math.max(1, Math.min(max, MAX_SUGGESTIONS)));
    }

    /** The organisation with exactly this name (names are unique; the collation ignores case and accents). */
    public Optional<Organisation> findByName(String name) {
        return name == null || name.isBlank() ? Optional.empty()
                : organisations.findByName(name.strip()).flatMap(choice -> organisations.find(choice.getId()));
    }

    public Optional<Organisation> find(long id) {
        return organisations.find(id);
    }

    /** One page of the directory, optionally only names containing the filter and one industry. */
    public List<OrganisationSummary> listOrganisations(@NotNull @Valid PageRequest request, Industry industry) {
        checkMember("organisation list");
        return organisations.listSummaries(request, industry);
    }

    /** How many organisations {@link #listOrganisations} can page through with these filters. */
    public long countOrganisations(String filter, Industry industry) {
        checkMember("organisation list");
        return organisations.countSummaries(filter, industry);
    }

    /** An organisation's page: description, locations and competitors, with a form when the caller may edit. */
    public OrganisationDetails viewOrganisation(long id) {
        checkMember("organisation");
        Organisation organisation = organisation(id);
        return new OrganisationDetails(organisation, organisations.listCompetitors(id), canChange(organisation));
    }

    /**
     * Adds an organisation to the directory on behalf of the signed-in person, who may then edit it.
     *
     * @throws DuplicateOrganisationException when the directory already has one with this name
     */
    public long addOrganisation(@NotNull @Valid OrganisationForm form) {
        checkMember("organisation (add)");
        refuseTakenName(form.getName(), null);
        Organisation organisation = new Organisation(form.getName(), form.getIndustry(), form.getSizeBand(),
                currentUser.accountId().orElseThrow(() -> denied("organisation (add)")));
        apply(organisation, form);
        organisations.add(organisation);
        return organisation.getId();
    }

    /**
     * Saves a changed description, unless the organisation changed since the form was filled.
     *
     * @throws ConcurrentChangeException when someone saved the organisation meanwhile; nothing is changed
     * @throws DuplicateOrganisationException when another organisation already has the new name
     */
    public void changeOrganisation(long id, @NotNull @Valid OrganisationForm form) {
        Organisation organisation = changeable(id);
        if (organisation.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException(organisation.getName());
        }
        refuseTakenName(form.getName(), id);
        organisation.describe(form.getName(), form.getIndustry(), form.getSizeBand());
        apply(organisation, form);
    }

    /** Links two organisations as competitors (both ways); the caller must be allowed to change the first. */
    public void addCompetitor(long id, long competitorId) {
        Organisation organisation = changeable(id);
        organisation.addCompetitor(organisation(competitorId));
    }

    /**
     * Unlinks two competitors (both ways); the caller must be allowed to change both, so a student cannot undo a
     * link staff made between organisations the student did not add.
     */
    public void removeCompetitor(long id, long competitorId) {
        Organisation organisation = changeable(id);
        organisation.removeCompetitor(changeable(competitorId));
    }

    private static void apply(Organisation organisation, OrganisationForm form) {
        organisation.locate(form.getWebsite(), form.getCity(), form.getCountryCode())
                .relocate(form.toLocations())
                .writeNotes(form.getNotes());
    }

    private void refuseTakenName(String name, Long ownId) {
        organisations.findByName(name).filter(existing -> ownId == null || existing.getId() != ownId)
                .ifPresent(existing -> {
                    throw new DuplicateOrganisationException(existing);
                });
    }

    private Organisation organisation(long id) {
        return organisations.find(id).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    private Organisation changeable(long id) {
        Organisation organisation = organisation(id);
        if (!canChange(organisation)) {
            throw denied("organisation " + id + " (change)");
        }
        return organisation;
    }

    /** Staff change any organisation; a student only one they added (so nobody rewrites another's entry). */
    private boolean canChange(Organisation organisation) {
        if (currentUser.isStaff()) {
            return true;
        }
        return currentUser.isStudent() && currentUser.accountId().filter(organisation::wasAddedBy).isPresent();
    }

    private void checkMember(String what) {
        if (!currentUser.hasAnyRole()) {
            throw denied(what);
        }
    }

    private AccessDeniedException denied(String what) {
        audit.record(currentUser.actor(), AuditAction.ACCESS_DENIED, null, what, null);
        return new AccessDeniedException(what, null);
    }
}
