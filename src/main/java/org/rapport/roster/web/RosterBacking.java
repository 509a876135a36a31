package org.rapport.roster.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import jakarta.servlet.http.Part;
import org.rapport.roster.RosterCheck;
import org.rapport.roster.RosterImportProgress;
import org.rapport.roster.RosterImportService;
import org.rapport.roster.RosterProblem;
import org.rapport.platform.web.Messages;

/** Backs {@code /admin/roster}: upload, the check's report, and the import's progress. */
@Named
@ViewScoped
public class RosterBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RosterImportService rosters;

    private transient Part file;
    private RosterCheck check;
    private RosterImportProgress progress;

    public void checkFile() throws IOException {
        progress = null;
        if (file == null || file.getSize() == 0) {
            check = null;
            String text = Messages.text("roster.chooseFile");
            FacesContext.getCurrentInstance().addMessage("roster:file",
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            return;
        }
        try (InputStream in = file.getInputStream()) {
            check = rosters.check(in);
        }
    }

    public void startImport() {
        progress = rosters.startImport(check);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public RosterCheck getCheck() {
        return check;
    }

    public List<RosterProblem> getProblems() {
        return check == null ? List.of() : check.problems();
    }

    public RosterImportProgress getProgress() {
        return progress;
    }

    public int getPercent() {
        return progress == null ? 0 : progress.isFinished() ? 100 : Math.min(99, progress.getPercent());
    }
}
