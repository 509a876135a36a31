package org.rapport.outreach.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.rapport.outreach.compose.ComposerPage;
import org.rapport.outreach.compose.OfferedWindow;
import org.rapport.outreach.compose.OfferedWindowService;
import org.rapport.outreach.compose.WindowForm;
import org.rapport.platform.web.FormActions;

/**
 * Backs the composer's "Times you can offer": the student adds a day and a span in their own zone and sees each
 * window as the connector will read it, in the connector's zone; a time in the past is refused next to the field.
 */
@Named
@ViewScoped
public class ComposerWindowsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OfferedWindowService offered;

    private long meetingId;
    private List<OfferedWindow> windows;
    private WindowForm form = new WindowForm();

    /** Starts from the windows the composer opened with (nothing to do when it was refused). */
    public void load(ComposerPage page) {
        if (windows == null && page != null && page.offersWindows()) {
            this.meetingId = page.meetingId();
            this.windows = page.windows();
        }
    }

    public void add() {
        if (FormActions.attempt("windows", ComposerBacking.CONFLICT,
                () -> windows = offered.addWindow(meetingId, form))) {
            form = new WindowForm();
        }
    }

    public void remove(long windowId) {
        FormActions.attempt("windows", ComposerBacking.CONFLICT,
                () -> windows = offered.removeWindow(meetingId, windowId));
    }

    public List<OfferedWindow> getWindows() {
        return windows;
    }

    public WindowForm getForm() {
        return form;
    }
}
