package org.rapport.meetings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.rapport.connectors.Connector;
import org.rapport.identity.CurrentUser;
import org.rapport.organisations.Organisation;
import org.rapport.organisations.OrganisationService;
import org.rapport.people.Student;
import org.rapport.people.StudentAccess;
import org.rapport.platform.InvalidFieldException;
import org.rapport.platform.NotFoundException;
import org.rapport.platform.PageRequest;

/**
 * The door to meetings as records: plan one, change the plan, list them, read one with its ranked list, checks,
 * comments and captured names, and (caseload advisors) comment on it. The list itself changes through
 * {@link QuestionListService}, meeting mode through {@link MeetingModeService}.
 */
@ApplicationScoped
@Transactional
public class MeetingService {

    @Inject
    private MeetingRepository meetings;

    @Inject
    private MeetingGuard guard;

    @Inject
    private StudentAccess access;

    @Inject
    private OrganisationService organisations;

    @Inject
    private CurrentUser currentUser;

    /** The signed-in student's connectors a meeting may be with. */
    public List<ConnectorPick> connectorPicks() {
        return meetings.listConnectorPicks(access.currentStudent());
    }

    /** A form for a new meeting, with the connector chosen when the student came from a connector's page. */
    public MeetingForm newMeeting(Long connectorId) {
        MeetingForm form = new MeetingForm();
        form.setConnectorId(connectorId);
        return form;
    }

    public MeetingForm formFor(long meetingId) {
        return MeetingForm.of(guard.own(meetingId));
    }

    /**
     * Plans a new meeting or changes the plan of one being prepared; returns its id.
     *
     * @throws InvalidFieldException when the connector is not one of the student's or the organisation is unknown
     * @throws org.rapport.platform.ConcurrentChangeException when the plan was saved meanwhile (another tab)
     */
    public long save(@NotNull @Valid MeetingForm form) {
        Student student = access.currentStudent();
        Connector connector = meetings.findConnector(form.getConnectorId())
                .filter(found -> student.equals(found.getOwner()) && !found.isArchived())
                .orElseThrow(() -> new InvalidFieldException("connector", "meeting.connector.unknown"));
        Organisation organisation = organisationFor(form, connector);
        if (form.isNew()) {
            Meeting meeting = new Meeting(student, connector, organisation, form.getPurpose(), form.plannedMinutes());
            meetings.add(meeting);
            meeting.recordPlanned(Instant.now().truncatedTo(ChronoUnit.MICROS));
            return meeting.getId();
        }
        Meeting meeting = guard.own(form.getId(), form.getVersion());
        meeting.checkPreparing();
        meeting.plan(connector, organisation, form.getPurpose(), form.plannedMinutes());
        return meeting.getId();
    }

    private Organisation organisationFor(MeetingForm form, Connector connector) {
        String name = form.getOrganisationName();
        if (name == null || name.isBlank()) {
            return connector.getOrganisation();
        }
        return organisations.findByName(name.strip())
                .orElseThrow(() -> new InvalidFieldException("organisation", "meeting.organisation.unknown"));
    }

    /** A meeting with its list, checks, comments and names, for its owner or a caseload advisor. */
    public MeetingView view(long meetingId) {
        Meeting meeting = guard.readable(meetingId);
        List<MeetingQuestion> items = meetings.listQuestions(meeting);
        List<MeetingView.Comment> comments = meetings.listComments(meeting).stream()
                .map(c -> new MeetingView.Comment(c.getId(), c.getAuthorName(), c.getText(), c.getCreatedAt()))
                .toList();
        List<MeetingView.Name> names = meetings.listNames(meeting).stream()
                .map(n -> new MeetingView.Name(n.getId(), n.getVersion(), n.getName(), n.getOrganisationName(),
                        n.getNote(), n.getNamePermission(), n.getContactRoute()))
                .toList();
        Connector connector = meeting.getConnector();
        Organisation organisation = meeting.getOrganisation();
        int line = QuestionRanking.lineIndex(items, meeting.getPlannedMinutes());
        List<CheckFinding> findings = QuestionChecks.run(items, connector.getLevel(), meeting.getPlannedMinutes());
        List<ListItem> shown = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            long id = items.get(i).getId();
            shown.add(ListItem.of(items.get(i), i, line,
                    findings.stream().filter(f -> f.itemId() != null && f.itemId() == id).toList()));
        }
        return new MeetingView(meeting.getId(), meeting.getVersion(), meeting.getListRevision(),
                meeting.getStudent().getId(), meeting.getStudent().getDisplayName(), connector.getId(),
                connector.getFullName(), connector.getLevel(), connector.getTimeZone(),
                organisation == null ? null : organisation.getId(), organisation == null ? null : organisation.getName(),
                meeting.getPurpose(), meeting.getPlannedMinutes(), meeting.getState(), meeting.getHeldOn(),
                meeting.getActualMinutes(), List.copyOf(shown), line, QuestionRanking.totalMinutes(items),
                findings.stream().filter(f -> f.itemId() == null).toList(), comments, names,
                access.isOwner(meeting.getStudent()));
    }

    /** The signed-in student's meetings, optionally of one state, paged and sorted in MariaDB. */
    public List<MeetingSummary> listMine(MeetingState state, @NotNull PageRequest page) {
        return meetings.list(access.currentStudentRef().id(), state, page);
    }

    public long countMine(MeetingState state) {
        return meetings.count(access.currentStudentRef().id(), state);
    }

    /** A caseload student's meetings, for their advisor (audited as a read of their research). */
    public List<MeetingSummary> listFor(long studentId, @NotNull PageRequest page) {
        access.readableStudent(studentId, "meetings");
        return meetings.list(studentId, null, page);
    }

    public long countFor(long studentId) {
        if (!access.isCaseloadAdvisorOf(studentId)) {
            throw access.denied("meetings", studentId);
        }
        return meetings.count(studentId, null);
    }

    /**
     * A caseload advisor's comment on a student's meeting; the student sees it on the meeting page.
     *
     * @throws org.rapport.platform.AccessDeniedException for anyone but the student's caseload advisors
     */
    public void comment(long meetingId, @NotBlank @Size(max = MeetingComment.TEXT_LENGTH) String text) {
        Meeting meeting = guard.readable(meetingId);
        if (!access.isCaseloadAdvisor(meeting.getStudent())) {
            throw access.denied("meeting comment", meeting.getStudent().getId());
        }
        long accountId = currentUser.accountId().orElseThrow(() -> new NotFoundException("account", "(none)"));
        meetings.add(new MeetingComment(meeting, accountId, currentUser.getDisplayName(), text.strip()));
    }
}
