package org.rapport.connectors.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import org.rapport.connectors.ConnectorFilter;
import org.rapport.connectors.ConnectorService;
import org.rapport.connectors.ConnectorSummary;
import org.rapport.organisations.Industry;
import org.rapport.platform.PageRequest;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.PagedModel;

/** Backs {@code /student/connectors}: the student's own connectors, searched, paged and sorted in MariaDB. */
@Named
@ViewScoped
public class ConnectorListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConnectorService connectors;

    private String text;
    private Industry industry;
    private boolean includeArchived;
    private Long total;

    private final LazyDataModel<ConnectorSummary> rows = new PagedModel<>(
            none -> connectors.countOwnConnectors(filter()),
            page -> connectors.listOwnConnectors(filter(), new PageRequest(page.first(), page.size(),
                    page.sortKey(), page.ascending(), null)),
            ConnectorSummary::getId);

    private ConnectorFilter filter() {
        return new ConnectorFilter(text, industry, includeArchived);
    }

    /** Counts the list once; a student without a roster record yet gets the not-found page, not an error. */
    public void load() {
        if (total == null) {
            total = ErrorResponses.loadOrRefuse(
                    () -> connectors.countOwnConnectors(new ConnectorFilter(null, null, true)));
        }
    }

    /** Whether the student has no connectors at all yet, archived ones included (not just none matching). */
    public boolean isEmptyList() {
        return total != null && total == 0;
    }

    public Long getTotal() {
        return total;
    }

    public LazyDataModel<ConnectorSummary> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public boolean isIncludeArchived() {
        return includeArchived;
    }

    public void setIncludeArchived(boolean includeArchived) {
        this.includeArchived = includeArchived;
    }
}
