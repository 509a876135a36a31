package org.rapport.referrals.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.OrganigramNode;
import org.rapport.platform.web.ErrorResponses;
import org.rapport.platform.web.Messages;
import org.rapport.referrals.ReferralService;
import org.rapport.referrals.ReferralsView;

/** Backs {@code /staff/referrals?student=<id>}: a caseload advisor reads a student's referrals (audited), unchanged. */
@Named
@ViewScoped
public class StaffReferralsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReferralService referrals;

    private Long student;
    private ReferralsView view;
    private OrganigramNode drawing;

    public void load() {
        view = ErrorResponses.loadOrRefuse(student, "student", () -> referrals.forStudent(student));
        if (view != null) {
            drawing = ChainDrawing.of(Messages.text("referrals.chain.rootStudent"), view.chains());
        }
    }

    public ReferralsView getView() {
        return view;
    }

    public OrganigramNode getDrawing() {
        return drawing;
    }

    public Long getStudent() {
        return student;
    }

    public void setStudent(Long student) {
        this.student = student;
    }
}
