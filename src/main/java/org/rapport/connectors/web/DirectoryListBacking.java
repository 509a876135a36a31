package org.rapport.connectors.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.LazyDataModel;
import org.rapport.connectors.ConnectorFilter;
import org.rapport.connectors.DirectoryRequestOutcome;
import org.rapport.connectors.DirectoryService;
import org.rapport.connectors.DirectorySummary;
import org.rapport.connectors.FatigueCap;
import org.rapport.organisations.Industry;
import org.rapport.platform.BusinessException;
import org.rapport.platform.PageRequest;
import org.rapport.platform.web.Messages;
import org.rapport.platform.web.PagedModel;

/**
 * Backs the two views of the office directory: {@code /student/directory}, where a student asks to meet a volunteer
 * (or is told who else fits when the volunteer is fully asked), and {@code /staff/directory}, where staff see the
 * open requests against each volunteer's cap and curate the list. Searched, paged and sorted in MariaDB.
 */
@Named
@ViewScoped
public class DirectoryListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    private String text;
    private Industry industry;
    private boolean includeArchived;
    private DirectoryRequestOutcome outcome;
    private String askedName;
    private Long total;

    private final LazyDataModel<DirectorySummary> rows = new PagedModel<>(
            none -> directory.countDirectory(filter()),
            page -> directory.listDirectory(filter(), new PageRequest(page.first(), page.size(), page.sortKey(),
                    page.ascending(), null)),
            DirectorySummary::getId);

    private ConnectorFilter filter() {
        return new ConnectorFilter(text, industry, includeArchived);
    }

    /** The student asks to meet this volunteer. */
    public void ask(DirectorySummary volunteer) {
        askedName = volunteer.getFullName();
        try {
            outcome = directory.requestMeeting(volunteer.getId());
            switch (outcome.getKind()) {
                case ADDED -> Messages.info("directory.ask.added", askedName);
                case ALREADY_ON_LIST -> Messages.info("directory.ask.already", askedName);
                case CAP_REACHED -> Messages.info("directory.ask.capReached", askedName,
                        outcome.getCap().maxOpenRequests(), outcome.getCap().days());
                default -> throw new IllegalStateException(outcome.getKind().name());
            }
        } catch (BusinessException refused) {
            outcome = null;
            Messages.error(null, refused);
        }
    }

    /** Whether the directory has no volunteers at all yet (not just none matching the search). */
    public boolean isDirectoryEmpty() {
        if (total == null) {
            total = directory.countDirectory(new ConnectorFilter(null, null, true));
        }
        return total == 0;
    }

    public FatigueCap getOfficeCap() {
        return directory.officeCap();
    }

    public LazyDataModel<DirectorySummary> getRows() {
        return rows;
    }

    public DirectoryRequestOutcome getOutcome() {
        return outcome;
    }

    public String getAskedName() {
        return askedName;
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
