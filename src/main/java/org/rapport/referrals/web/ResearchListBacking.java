package org.rapport.referrals.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;
import org.rapport.referrals.ResearchListService;
import org.rapport.referrals.ResearchTargetForm;

/**
 * The research list's part of {@code /student/referrals}: adding, changing and removing the student's own entries.
 * One form serves both: empty to add, filled with an entry (and its version) to change it.
 */
@Named
@ViewScoped
public class ResearchListBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String CONFLICT = "research.target.conflict";

    @Inject
    private ResearchListService targets;

    @Inject
    private ReferralsBacking page;

    private ResearchTargetForm target = new ResearchTargetForm();

    private Long editingId;

    public void addTarget() {
        if (FormActions.attempt("target", CONFLICT, () -> {
            targets.addTarget(target);
            Messages.info("research.target.added");
        })) {
            target = new ResearchTargetForm();
        }
        page.refresh();
    }

    public void edit(long targetId) {
        FormActions.attempt("research-list", CONFLICT, () -> {
            target = targets.targetForm(targetId);
            editingId = targetId;
        });
    }

    public void saveTarget() {
        if (FormActions.attempt("target", CONFLICT, () -> {
            targets.saveTarget(editingId, target);
            Messages.info("research.target.saved");
        })) {
            cancelEdit();
        }
        page.refresh();
    }

    public void cancelEdit() {
        editingId = null;
        target = new ResearchTargetForm();
    }

    public void removeTarget(long targetId) {
        FormActions.attempt("research-list", CONFLICT, () -> {
            targets.removeTarget(targetId);
            Messages.info("research.target.removed");
        });
        if (Long.valueOf(targetId).equals(editingId)) {
            cancelEdit();
        }
        page.refresh();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public ResearchTargetForm getTarget() {
        return target;
    }
}
