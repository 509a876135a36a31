package org.rapport.referrals.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.rapport.platform.web.FormActions;
import org.rapport.platform.web.Messages;
import org.rapport.referrals.ReferralService;
import org.rapport.referrals.ResearchTargetForm;

/** The research list's part of {@code /student/referrals}: adding and removing the student's own targets. */
@Named
@ViewScoped
public class ResearchListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralService referrals;

    @Inject
    private ReferralsBacking page;

    private ResearchTargetForm target = new ResearchTargetForm();

    public void addTarget() {
        if (FormActions.attempt("target", ReferralsBacking.CONFLICT, () -> {
            referrals.addTarget(target);
            Messages.info("research.target.added");
        })) {
            target = new ResearchTargetForm();
        }
        page.refresh();
    }

    public void removeTarget(long targetId) {
        FormActions.attempt("research-list", ReferralsBacking.CONFLICT, () -> {
            referrals.removeTarget(targetId);
            Messages.info("research.target.removed");
        });
        page.refresh();
    }

    public ResearchTargetForm getTarget() {
        return target;
    }
}
