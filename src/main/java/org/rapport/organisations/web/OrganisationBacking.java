package org.rapport.organisations.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.rapport.organisations.DuplicateOrganisationException;
import org.rapport.orgcharts.OrgChartService;
import org.rapport.organisations.OrganisationChoice;
import org.rapport.organisations.OrganisationDetails;
import org.rapport.organisations.OrganisationForm;
import org.rapport.organisations.OrganisationService;
import org.rapport.orgcharts.SharedChartLink;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.BusinessException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.Messages;

/**
 * Backs {@code /organisations/organisation?id=…}: an organisation's page, with the edit form when the service
 * allows it; without an id, the form to add one. After a refused save the form keeps what the person typed.
 */
@Named
@ViewScoped
public class OrganisationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String NAME_FIELD = "details:name";

    @Inject
    private OrganisationService organisations;

    @Inject
    private OrgChartService charts;

    private Long id;
    private OrganisationDetails details;
    private OrganisationForm form;
    private OrganisationChoice duplicate;
    private boolean conflict;
    private List<SharedChartLink> sharedCharts = List.of();

    public void load() {
        if (form != null || details != null) {
            return;
        }
        try {
            if (id == null) {
                String typed = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                        .get("id");
                if (typed != null && !typed.isBlank()) {
                    throw new NotFoundException("organisation", typed);
                }
                form = new OrganisationForm();
                return;
            }
            details = organisations.viewOrganisation(id);
            form = details.getForm();
            sharedCharts = charts.sharedChartsOnMyCaseload(id);
        } catch (AccessDeniedException refused) {
            ErrorResponses.accessDenied(refused);
        } catch (NotFoundException missing) {
            ErrorResponses.notFound(missing);
        }
    }

    public String save() {
        duplicate = null;
        conflict = false;
        try {
            if (id == null) {
                long added = organisations.addOrganisation(form);
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                Messages.info("organisation.added", form.getName());
                return "/organisations/organisation?faces-redirect=true&id=" + added;
            }
            organisations.changeOrganisation(id, form);
            details = organisations.viewOrganisation(id);
            form = details.getForm();
            Messages.info("organisation.saved");
        } catch (DuplicateOrganisationException taken) {
            duplicate = taken.getExisting();
            Messages.error(NAME_FIELD, taken);
        } catch (BusinessException refused) {
            conflict = refused instanceof ConcurrentChangeException;
            Messages.error(null, refused);
        } catch (RuntimeException e) {
            if (!ConcurrentChangeException.causedBy(e)) {
                throw e;
            }
            conflict = true;
            Messages.error(null, new ConcurrentChangeException(form.getName()));
        }
        if (conflict && id != null) {
            // The form keeps what was typed; the page shows what is saved now, and saving again replaces it.
            details = organisations.viewOrganisation(id);
            form.setVersion(details.getForm() == null ? form.getVersion() : details.getForm().getVersion());
        }
        return null;
    }

    public void addLocation() {
        form.addLocationLine();
    }

    public void removeLocation(int index) {
        form.removeLocationLine(index);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationDetails getDetails() {
        return details;
    }

    public OrganisationForm getForm() {
        return form;
    }

    /** The organisation that already has the name typed, to open instead. */
    public OrganisationChoice getDuplicate() {
        return duplicate;
    }

    /** Whether the last save was refused because someone saved first; the page then shows what they saved. */
    public boolean isConflict() {
        return conflict;
    }

    public List<SharedChartLink> getSharedCharts() {
        return sharedCharts;
    }
}
