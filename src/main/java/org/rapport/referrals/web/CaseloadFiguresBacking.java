package org.rapport.referrals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.rapport.people.StudentSummary;
import org.rapport.people.web.StudentListBacking;
import org.rapport.referrals.ReferralFigures;
import org.rapport.referrals.ReferralService;

/**
 * The referral figures on the advisor's caseload list ({@code /staff/students}): read once per rendered page, for
 * the rows the list's lazy model has just loaded, in one query the service scopes to the advisor's caseload.
 */
@Named
@RequestScoped
public class CaseloadFiguresBacking {

    @Inject
    private ReferralService referrals;

    @Inject
    private StudentListBacking list;

    private List<StudentSummary> page;

    private Map<Long, ReferralFigures> figures = Map.of();

    /**
     * The student's figures, or null when they are not on the signed-in advisor's caseload. Read again whenever the
     * table holds another page (paging or filtering within one request loads a new one).
     */
    public ReferralFigures of(long studentId) {
        List<StudentSummary> current = list.getStudents().getWrappedData();
        if (current != page) {
            page = current;
            figures = current == null ? Map.of()
                    : referrals.caseloadFigures(current.stream().map(StudentSummary::getId).toList());
        }
        return figures.get(studentId);
    }

    /** Whether the columns show at all: only advisors have a caseload (an administrator's list shows everyone). */
    public boolean isShown() {
        return referrals.hasCaseload();
    }
}
