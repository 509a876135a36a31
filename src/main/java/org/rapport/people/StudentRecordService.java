package org.rapport.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.rapport.audit.AuditAction;
import org.rapport.audit.AuditLog;
import org.rapport.identity.CurrentUser;
import org.rapport.identity.Role;
import org.rapport.platform.AccessDeniedException;
import org.rapport.platform.BusinessException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.PageRequest;

/**
 * The only door to students' records. Who may read what is decided here, not on the pages: a student reaches
 * only their own record, an advisor only students on their caseload, an administrator everyone. Every time staff
 * open a record it is audited; every refusal is audited too.
 */
@ApplicationScoped
@Transactional
public class StudentRecordService {

    @Inject
    private StudentRepository students;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private AuditLog audit;

    /** Students the signed-in staff member may see: an advisor's caseload, or everyone for an administrator. */
    public List<StudentSummary> listVisibleStudents(@NotNull @Valid PageRequest request) {
        return students.listSummaries(caseloadScope(), request);
    }

    /** How many students {@link #listVisibleStudents} can page through with this filter. */
    public long countVisibleStudents(String filter) {
        return students.countSummaries(caseloadScope(), filter);
    }

    /** {@code null} (everyone) for administrators, the advisor's account for advisors; refused otherwise. */
    private Long caseloadScope() {
        if (currentUser.isAdmin()) {
            return null;
        }
        if (currentUser.isAdvisor()) {
            return callerAccountId();
        }
        throw denied("student list", null);
    }

    /** Opens a student's record for the signed-in person, if their role and relationship allow it. */
    public StudentRecord viewStudent(long studentId) {
        Student student = students.find(studentId).orElseThrow(() -> new NotFoundException("student", studentId));
        if (!canView(student)) {
            throw denied("student record", studentId);
        }
        if (currentUser.isStaff()) {
            audit.record(currentUser.actor(), AuditAction.STUDENT_RECORD_VIEWED, studentId,
                    student.getStudentNumber(), null);
        }
        return recordOf(student);
    }

    /** The signed-in student's own record, if the roster holds one for their campus account. */
    public Optional<StudentRecord> findOwnRecord() {
        if (!currentUser.isStudent()) {
            throw denied("own student record", null);
        }
        return students.findByAccount(callerAccountId()).map(this::recordOf);
    }

    private StudentRecord recordOf(Student student) {
        return new StudentRecord(student, students.listAdvisorsOf(student.getId()).stream()
                .map(Advisor::getDisplayName).toList());
    }

    /** The signed-in student's contact details, ready to edit. */
    public ContactDetailsForm ownContactDetails() {
        return ContactDetailsForm.of(ownStudent());
    }

    /**
     * Saves the signed-in student's contact details, unless the record changed since the form was filled.
     *
     * @throws ConcurrentChangeException when someone saved the record meanwhile; nothing is changed
     */
    public void changeOwnContactDetails(@NotNull @Valid ContactDetailsForm form) {
        Student student = ownStudent();
        if (student.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException(student.getDisplayName());
        }
        student.changeContactDetails(form.getEmail(), form.getTimeZone());
        student.changeReminderPreferences(form.getMobilePhone(), form.isEmailReminders());
    }

    /** A student's registrar data, ready for an administrator to correct. */
    public StudentProfileForm profileForEditing(long studentId) {
        return StudentProfileForm.of(studentForAdmin(studentId));
    }

    /**
     * An administrator corrects a student's registrar data, unless the record changed since the form was filled.
     *
     * @throws ConcurrentChangeException when someone saved the record meanwhile; nothing is changed
     */
    public void correctProfile(long studentId, @NotNull @Valid StudentProfileForm form) {
        Student student = studentForAdmin(studentId);
        if (student.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException(student.getDisplayName());
        }
        GraduationTerm term = form.getGraduationTerm() == null || form.getGraduationTerm().isBlank() ? null
                : GraduationTerm.parse(form.getGraduationTerm())
                        .orElseThrow(() -> new BusinessException("student.graduationTerm.invalid"));
        student.applyRoster(form.getGivenName(), form.getFamilyName(), form.getEmail(), form.getCollege(),
                form.getMajor(), form.getClassYear(), term);
    }

    private Student studentForAdmin(long studentId) {
        if (!currentUser.isAdmin()) {
            throw denied("student record (edit)", studentId);
        }
        return students.find(studentId).orElseThrow(() -> new NotFoundException("student", studentId));
    }

    private Student ownStudent() {
        if (!currentUser.isStudent()) {
            throw denied("own student record", null);
        }
        return students.findByAccount(callerAccountId())
                .orElseThrow(() -> new NotFoundException("own student record", "(none)"));
    }

    private boolean canView(Student student) {
        if (currentUser.isAdmin()) {
            return true;
        }
        Optional<Long> caller = currentUser.accountId();
        if (caller.isEmpty()) {
            return false;
        }
        if (currentUser.hasRole(Role.ADVISOR) && students.isOnCaseloadOf(student.getId(), caller.get())) {
            return true;
        }
        return currentUser.isStudent() && student.getAccount() != null
                && caller.get().equals(student.getAccount().getId());
    }

    private long callerAccountId() {
        return currentUser.accountId().orElseThrow(() -> denied("account", null));
    }

    private AccessDeniedException denied(String what, Long studentId) {
        audit.record(currentUser.actor(), AuditAction.ACCESS_DENIED, studentId, what, null);
        return new AccessDeniedException(what, studentId);
    }
}
