package org.rapport.organisations.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import org.rapport.organisations.Industry;
import org.rapport.organisations.OrganisationService;
import org.rapport.organisations.OrganisationSummary;
import org.rapport.platform.PageRequest;
import org.rapport.platform.web.PagedModel;

/**
 * Backs {@code /organisations/list}: the office's organisations, paged, sorted and filtered (by name and industry)
 * in MariaDB, with an explanation instead of an empty table while the directory has none.
 */
@Named
@ViewScoped
public class OrganisationListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OrganisationService organisations;

    private String filter;
    private Industry industry;
    private boolean directoryEmpty;

    private final LazyDataModel<OrganisationSummary> rows = new PagedModel<>(
            none -> organisations.countOrganisations(filter, industry),
            page -> organisations.listOrganisations(new PageRequest(page.first(), page.size(), page.sortKey(),
                    page.ascending(), filter), industry),
            OrganisationSummary::getId);

    @PostConstruct
    void load() {
        directoryEmpty = organisations.countOrganisations(null, null) == 0;
    }

    public LazyDataModel<OrganisationSummary> getRows() {
        return rows;
    }

    /** Whether the directory has no organisation at all (not merely none matching the filters). */
    public boolean isDirectoryEmpty() {
        return directoryEmpty;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }
}
