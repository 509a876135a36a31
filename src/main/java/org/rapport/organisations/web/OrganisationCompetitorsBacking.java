package org.rapport.organisations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.rapport.organisations.OrganisationChoice;
import org.rapport.organisations.OrganisationService;
import org.rapport.platform.BusinessException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.web.Messages;

/**
 * The competitors section of {@code /organisations/organisation}: lists them, and for those who may change the
 * organisation adds one picked from the directory or removes one. Links are symmetric; the service writes both.
 */
@Named
@ViewScoped
public class OrganisationCompetitorsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 10;

    @Inject
    private OrganisationService organisations;

    @Inject
    private OrganisationBacking page;

    private List<OrganisationChoice> competitors;
    private OrganisationChoice picked;

    public List<OrganisationChoice> getCompetitors() {
        if (competitors == null) {
            competitors = page.getDetails() == null ? List.of() : page.getDetails().getCompetitors();
        }
        return competitors;
    }

    /** Directory organisations whose name contains the typed text, leaving out this one and those linked. */
    public List<OrganisationChoice> complete(String text) {
        return organisations.suggest(text, SUGGESTIONS + getCompetitors().size() + 1).stream()
                .filter(choice -> choice.getId() != page.getId() && !getCompetitors().contains(choice))
                .limit(SUGGESTIONS).toList();
    }

    public void add() {
        change(() -> organisations.addCompetitor(page.getId(), picked.getId()), "organisation.competitor.added");
    }

    public void remove(long competitorId) {
        change(() -> organisations.removeCompetitor(page.getId(), competitorId), "organisation.competitor.removed");
    }

    private void change(Runnable action, String doneKey) {
        try {
            action.run();
            String name = picked == null ? "" : picked.getName();
            picked = null;
            competitors = organisations.viewOrganisation(page.getId()).getCompetitors();
            Messages.info(doneKey, name);
        } catch (BusinessException refused) {
            Messages.error(null, refused);
        } catch (RuntimeException e) {
            if (!ConcurrentChangeException.causedBy(e)) {
                throw e;
            }
            // Someone linked or unlinked the same pair at the same moment: show the list as it is now.
            competitors = organisations.viewOrganisation(page.getId()).getCompetitors();
            Messages.error(null, new ConcurrentChangeException(page.getDetails().getName()));
        }
    }

    public OrganisationChoice getPicked() {
        return picked;
    }

    public void setPicked(OrganisationChoice picked) {
        this.picked = picked;
    }
}
