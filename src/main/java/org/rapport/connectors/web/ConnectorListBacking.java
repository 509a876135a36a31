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
            none -> count(),
            page -> connectors.listOwnConnectors(filter(), new PageRequest(page.first(), page.size(),
                    page.sortKey(), page.ascending(), null)),
            ConnectorSummary::getId);

    private long count() {
        long count = connectors.countOwnConnectors(filter());
        if (text == null && industry == null && !includeArchived) {
            total = count;
        }
        return count;
    }

    private ConnectorFilter filter() {
        return new ConnectorFilter(text, industry, includeArchived);
    }

    /** Whether the student has no connectors at all yet (not just none matching the search). */
    public boolean isEmptyList() {
        if (total == null) {
            total = connectors.countOwnConnectors(ConnectorFilter.none());
        }
        return total == 0;
    }

    public LazyDataModel<ConnectorSummary> getRows() {
        return rows;
    }

    public Industry[] getIndustries() {
        return Industry.values();
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
