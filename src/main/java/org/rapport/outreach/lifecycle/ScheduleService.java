package org.rapport.outreach.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rapport.calendar.InvitationDetails;
import org.rapport.calendar.MeetingTimes;
import org.rapport.calendar.ResolvedTime;
import org.rapport.connectors.Connector;
import org.rapport.meetings.Caller;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.MeetingAction;
import org.rapport.meetings.MeetingGuard;
import org.rapport.meetings.MeetingSchedule;
import org.rapport.meetings.MeetingState;
import org.rapport.platform.BusinessException;
import org.rapport.platform.InvalidFieldException;
import org.rapport.tasks.TaskKind;
import org.rapport.tasks.TaskService;

/**
 * The door to agreeing a time with a connector, for the meeting's own student: the schedule form (prefilled for a
 * change of time), scheduling or rescheduling in either party's zone (a time the clocks skip, or one in the past, is
 * refused next to its field), the confirmation task a day or two before (the office's setting), and the .ics
 * invitation's content.
 */
@ApplicationScoped
@Transactional
public class ScheduleService {

    private static final Logger LOG = Logger.getLogger(ScheduleService.class.getName());
    private static final String BUNDLE = "org.rapport.i18n.messages";

    @Inject
    private MeetingGuard guard;

    @Inject
    private TaskService tasks;

    @PersistenceContext(unitName = "rapport")
    private EntityManager entityManager;

    @Inject
    @ConfigProperty(name = "rapport.confirm.days.before", defaultValue = "2")
    private String confirmDaysBefore;

    private final Clock clock = Clock.systemUTC();

    /** The form for agreeing a time: the current one when it is a change, otherwise the planned length. */
    public ScheduleForm formFor(long meetingId) {
        Meeting meeting = guard.own(meetingId);
        ZoneId studentZone = meeting.getStudent().zone();
        ZoneId connectorZone = connectorZone(meeting.getConnector());
        ScheduleForm form = new ScheduleForm();
        form.setVersion(meeting.getVersion());
        List<String> options = new ArrayList<>(List.of(studentZone.getId()));
        if (connectorZone != null && !connectorZone.equals(studentZone)) {
            options.add(connectorZone.getId());
        }
        form.setZoneOptions(options);
        form.setZone(studentZone.getId());
        form.setMinutes(meeting.getPlannedMinutes());
        MeetingSchedule agreed = meeting.getSchedule();
        if (agreed != null) {
            form.setStartDate(agreed.studentLocal().toLocalDate());
            form.setStartTime(agreed.studentLocal().toLocalTime());
            form.setMode(agreed.getMode());
            form.setPlace(agreed.getPlace());
            form.setCaller(agreed.getCaller());
            form.setMeal(agreed.isMeal());
        }
        return form;
    }

    /**
     * Agrees the time (or changes it, when already booked) and puts the confirmation on the student's task list; the
     * task for an earlier time is ticked off.
     *
     * @throws InvalidFieldException for a time that does not exist in the chosen zone, an unknown zone, or a start
     *     that is not in the future
     * @throws org.rapport.platform.ConcurrentChangeException when the meeting was saved meanwhile
     * @throws BusinessException when the meeting's stage does not allow it
     */
    public void schedule(long meetingId, @NotNull @Valid ScheduleForm form) {
        Meeting meeting = guard.own(meetingId, form.getVersion());
        ZoneId studentZone = meeting.getStudent().zone();
        ZoneId connectorZone = connectorZone(meeting.getConnector());
        ZoneId chosen = MeetingTimes.zone(form.getZone(), "zone");
        if (!chosen.equals(studentZone) && !chosen.equals(connectorZone)) {
            throw new InvalidFieldException("zone", "schedule.zone.choose");
        }
        ResolvedTime start = MeetingTimes.resolve(form.getStartDate(), form.getStartTime(), chosen, "startDate",
                "startTime");
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        MeetingSchedule agreed = new MeetingSchedule(start.instant(), form.getMode(), form.getPlace(),
                form.getCaller(), form.isMeal(), studentZone, connectorZone == null ? studentZone : connectorZone);
        meeting.schedule(agreed, form.getMinutes(), now,
                MeetingTimes.describe(start.instant(), form.getMinutes(), studentZone));
        tasks.completeOpen(meetingId, TaskKind.CONFIRM, null);
        LocalDate today = LocalDate.now(clock.withZone(studentZone));
        tasks.addOnce(meeting.getStudent(), meetingId, meeting.getConnector().getId(), TaskKind.CONFIRM,
                meeting.getConnector().getFullName(),
                MeetingTimes.confirmationDue(start.instant(), studentZone, confirmDaysBefore(), today),
                "CONFIRM:m" + meetingId + ":" + start.instant().getEpochSecond());
    }

    /**
     * What the student's .ics invitation says: the same uid for the life of the meeting, a sequence that grows with
     * each change of time, the start in the student's zone as scheduled.
     *
     * @throws BusinessException ("schedule.notScheduled") when no time is agreed or the meeting was cancelled
     */
    public InvitationDetails invitationFor(long meetingId) {
        Meeting meeting = guard.own(meetingId);
        MeetingSchedule agreed = meeting.getSchedule();
        if (agreed == null || meeting.getState() == MeetingState.CANCELLED) {
            throw new BusinessException("schedule.notScheduled");
        }
        long changes = entityManager.createQuery("select count(e) from MeetingEvent e where e.meeting.id = :meeting"
                        + " and e.action = :action", Long.class)
                .setParameter("meeting", meetingId).setParameter("action", MeetingAction.RESCHEDULE)
                .getSingleResult();
        ResourceBundle english = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        Connector connector = meeting.getConnector();
        String summary = MessageFormat.format(english.getString("schedule.ics.summary"), connector.getFullName());
        List<String> lines = new ArrayList<>();
        lines.add(meeting.getPurpose());
        if (agreed.getPlace() != null) {
            lines.add(MessageFormat.format(english.getString("schedule.ics.place." + agreed.getMode().name()),
                    agreed.getPlace()));
        }
        if (agreed.getCaller() != Caller.NOT_APPLICABLE) {
            lines.add(MessageFormat.format(english.getString("schedule.ics.caller." + agreed.getCaller().name()),
                    meeting.getStudent().getDisplayName(), connector.getFullName()));
        }
        if (agreed.isMeal()) {
            lines.add(english.getString("schedule.ics.meal"));
        }
        return new InvitationDetails("meeting-" + meetingId + "@rapport.invalid", Math.toIntExact(changes),
                agreed.getStartsAt(), meeting.getPlannedMinutes(), agreed.studentZone(), summary,
                String.join("\n", lines), agreed.getPlace(), Instant.now(clock).truncatedTo(ChronoUnit.SECONDS));
    }

    private int confirmDaysBefore() {
        if (!ConfirmationSetting.isValid(confirmDaysBefore)) {
            LOG.warning(() -> "rapport.confirm.days.before is '" + confirmDaysBefore + "'; only 1 or 2 is allowed,"
                    + " using " + ConfirmationSetting.DEFAULT_DAYS);
        }
        return ConfirmationSetting.daysBefore(confirmDaysBefore);
    }


    /** The connector's zone, or null when it is not known (or not a zone the JDK knows). */
    static ZoneId connectorZone(Connector connector) {
        String id = connector.getTimeZone();
        if (id == null || id.isBlank() || !ZoneId.getAvailableZoneIds().contains(id.strip())) {
            return null;
        }
        return ZoneId.of(id.strip());
    }
}
