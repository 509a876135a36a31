package org.rapport.connectors.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.rapport.connectors.ConnectorForm;
import org.rapport.connectors.DirectoryService;
import org.rapport.connectors.DuplicatePair;
import org.rapport.platform.BusinessException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.web.Messages;

/** Backs {@code /admin/directory-merge}: an administrator folds directory duplicates into one record. */
@Named
@ViewScoped
public class DirectoryMergeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    private List<DuplicatePair> pairs;

    @PostConstruct
    void load() {
        pairs = directory.listDuplicatePairs();
    }

    /** Keeps {@code survivor} and merges {@code duplicate} into it. */
    public void merge(ConnectorForm duplicate, ConnectorForm survivor) {
        try {
            directory.mergeDirectoryConnectors(duplicate.getId(), survivor.getId(), duplicate.getVersion(),
                    survivor.getVersion());
            Messages.info("directory.merge.done", duplicate.getFullName(), survivor.getFullName());
        } catch (BusinessException refused) {
            Messages.error(null, refused);
        } catch (RuntimeException e) {
            if (!ConcurrentChangeException.causedBy(e)) {
                throw e;
            }
            Messages.error(null, new ConcurrentChangeException(survivor.getFullName()));
        }
        pairs = directory.listDuplicatePairs();
    }

    public List<DuplicatePair> getPairs() {
        return pairs;
    }
}
