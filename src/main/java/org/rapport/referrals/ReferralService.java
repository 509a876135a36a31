package org.rapport.referrals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.rapport.connectors.Connector;
import org.rapport.connectors.ConnectorIdentity;
import org.rapport.meetings.ContactRoute;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.MeetingGuard;
import org.rapport.people.Student;
import org.rapport.people.StudentAccess;
import org.rapport.people.StudentRef;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.InvalidFieldException;
import org.rapport.platform.NotFoundException;
import org.rapport.research.ConnectorOption;
import org.rapport.tasks.TaskKind;
import org.rapport.tasks.TaskService;

/**
 * A student's referrals: the owner adds and changes them, the owner and their caseload advisors read them (the rule
 * is {@link StudentAccess}'s, applied here for every call). The page's view holds the referrals with stale ones
 * flagged, the chains, the figures (queried in the database) and the research list.
 */
@ApplicationScoped
@Transactional
public class ReferralService {

    static final String WHAT = "referrals";

    @Inject
    private ReferralRepository referrals;

    @Inject
    private StudentAccess access;

    @Inject
    private MeetingGuard guard;

    @Inject
    private ReferralSettings settings;

    @Inject
    private TaskService tasks;

    private final Clock clock = Clock.systemUTC();

    /** The signed-in student's referrals page. */
    public ReferralsView mine() {
        return view(access.currentStudent());
    }

    /** A student's referrals page, for the student or one of their caseload advisors (audited). */
    public ReferralsView forStudent(long studentId) {
        return view(access.readableStudent(studentId, WHAT));
    }

    /** The referrals made in one meeting, for its page (owner or caseload advisor). */
    public List<ReferralRow> fromMeeting(long meetingId) {
        Meeting meeting = guard.readable(meetingId);
        StaleRule rule = settings.staleRule();
        LocalDate today = today(meeting.getStudent());
        return referrals.listForMeeting(meetingId).stream().map(row -> row.judged(rule, today)).toList();
    }

    /** The signed-in student's stale referrals, for the dashboard. */
    public List<ReferralRow> myStale() {
        StudentRef student = access.currentStudentRef();
        StaleRule rule = settings.staleRule();
        LocalDate today = LocalDate.now(clock.withZone(student.zone()));
        return referrals.listStale(student.id(), today.minusDays(rule.days())).stream()
                .map(row -> row.judged(rule, today)).toList();
    }

    /**
     * The figures of those of {@code studentIds} on the signed-in advisor's caseload, for the caseload list; anyone
     * else (another advisor's students, or a caller who advises nobody) is left out. Stale is judged on the office's
     * day, not each student's.
     */
    public Map<Long, ReferralFigures> caseloadFigures(List<Long> studentIds) {
        // Not audited as a view of research: counts on the advisor's own list, like the list itself.
        Optional<Long> advisor = access.advisorAccountId();
        if (advisor.isEmpty()) {
            return Map.of();
        }
        LocalDate staleBy = LocalDate.now(clock).minusDays(settings.staleRule().days());
        return referrals.caseloadFigures(studentIds, advisor.get(), staleBy);
    }

    /** Whether the signed-in person advises students, so caseload figures apply. */
    public boolean hasCaseload() {
        return access.advisorAccountId().isPresent();
    }

    public List<ConnectorOption> myConnectorOptions() {
        return referrals.listConnectorOptions(access.currentStudent().getId());
    }

    public List<HeldMeetingOption> myHeldMeetings() {
        return referrals.listHeldMeetings(access.currentStudent().getId());
    }

    /** A blank referral from one of the student's held meetings (the first one when none is given). */
    public ReferralForm newForm(Long meetingId) {
        ReferralForm form = new ReferralForm();
        form.setMeetingId(meetingId);
        return form;
    }

    /** The form for one of the signed-in student's referrals. */
    public ReferralForm formFor(long referralId) {
        return ReferralForm.of(own(referralId));
    }

    /**
     * Adds a referral made in a held meeting. Naming someone the same connector already referred leads to that
     * record instead of a second one.
     *
     * @return the referral's id and whether it already existed
     */
    public Added add(@NotNull @Valid ReferralForm form) {
        if (form.getMeetingId() == null) {
            throw new InvalidFieldException("meetingId", "referral.meeting.required");
        }
        Meeting meeting = guard.own(form.getMeetingId());
        LocalDate today = today(meeting.getStudent());
        Connector person = form.getConnectorId() == null ? null : person(meeting.getStudent(), form.getConnectorId());
        if (person != null) {
            var existing = referrals.findByReferrerAndConnector(meeting.getConnector().getId(), person.getId());
            if (existing.isPresent()) {
                return new Added(existing.get().getId(), true);
            }
        } else if (form.getName() == null || form.getName().isBlank()) {
            throw new InvalidFieldException("name", "referral.name.required");
        }
        Referral referral = new Referral(meeting, person, person == null ? form.getName().strip()
                : person.getFullName(), form.getOrganisationName(), today);
        referral.describe(referral.getName(), form.getOrganisationName(), form.getNote());
        terms(referral, form, today);
        referrals.add(referral);
        referrals.flush();
        scheduleCheckIn(referral);
        return new Added(referral.getId(), false);
    }

    /** What {@link #add} did: the referral's id, and whether it was one already there. */
    public record Added(long id, boolean existing) {
    }

    /**
     * Saves a referral: the person (completing a name with a connector), the terms and where it stands. Completing it
     * with someone the same connector already referred keeps that record and removes this one.
     *
     * @return the id of the referral that remains
     * @throws ConcurrentChangeException when it was saved meanwhile; the form keeps what was typed
     */
    public long save(long referralId, @NotNull @Valid ReferralForm form) {
        Referral referral = own(referralId);
        if (form.getVersion() == null || referral.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException("referral " + referralId);
        }
        Student student = referral.getStudent();
        LocalDate today = today(student);
        Long current = referral.getConnector() == null ? null : referral.getConnector().getId();
        if (form.getConnectorId() != null && !form.getConnectorId().equals(current)) {
            Connector person = person(student, form.getConnectorId());
            var existing = referrals.findByReferrerAndConnector(referral.getReferrer().getId(), person.getId());
            if (existing.isPresent()) {
                mergeAway(referral);
                return existing.get().getId();
            }
            referral.linkTo(person);
        }
        referral.describe(form.getName() == null || form.getName().isBlank() ? referral.getName()
                : form.getName().strip(), form.getOrganisationName(), form.getNote());
        terms(referral, form, today);
        if (form.getStatus() != referral.getStatus()) {
            referral.moveTo(form.getStatus(), today);
        }
        scheduleCheckIn(referral);
        return referral.getId();
    }

    /**
     * Completes a name with a connector record: the student's own connector of the same name when there is one
     * (rather than a duplicate), otherwise a new private connector with the name. When the referrer already
     * referred that connector, this record is merged into that one.
     *
     * @return the id of the referral that remains
     */
    public long makeConnector(long referralId, long version) {
        Referral referral = own(referralId);
        if (referral.getVersion() != version) {
            throw new ConcurrentChangeException("referral " + referralId);
        }
        if (referral.getConnector() != null) {
            return referral.getId();
        }
        Student student = referral.getStudent();
        Connector person = referrals.findOwnByNameKey(student.getId(), ConnectorIdentity.nameKey(referral.getName()))
                .filter(found -> !Objects.equals(found.getId(), referral.getReferrer().getId()))
                .orElseGet(() -> {
                    Connector created = Connector.privateFor(student, referral.getName());
                    referrals.add(created);
                    return created;
                });
        var existing = referrals.findByReferrerAndConnector(referral.getReferrer().getId(), person.getId())
                .filter(found -> !found.getId().equals(referral.getId()));
        if (existing.isPresent()) {
            mergeAway(referral);
            return existing.get().getId();
        }
        referral.linkTo(person);
        return referral.getId();
    }

    private ReferralsView view(Student student) {
        StaleRule rule = settings.staleRule();
        LocalDate today = today(student);
        List<ReferralRow> rows = referrals.listForStudent(student.getId()).stream()
                .map(row -> row.judged(rule, today)).toList();
        // Everyone in the chains is a referrer or a person referred, so the rows name them all.
        Map<Long, String> names = new HashMap<>();
        rows.forEach(row -> names.put(row.referrerId(), row.referrerName()));
        rows.stream().filter(row -> row.connectorId() != null).forEach(row -> names.put(row.connectorId(), row.name()));
        List<ChainNode> chains = ReferralChains.build(referrals.listLinks(student.getId()), names::get,
                new HashSet<>(referrals.listOutcomeConnectors(student.getId())));
        ReferralFigures figures = referrals.figures(List.of(student.getId()), today.minusDays(rule.days()))
                .getOrDefault(student.getId(), ReferralFigures.none(student.getId()));
        return new ReferralsView(student.getId(), rows, chains, figures,
                ResearchList.of(referrals.listTargets(student.getId()), rows), rule.days());
    }

    private void terms(Referral referral, ReferralForm form, LocalDate today) {
        LocalDate checkIn = form.getContactRoute() != ContactRoute.INTRODUCTION ? null
                : form.getCheckInOn() != null ? form.getCheckInOn() : today.plusDays(settings.checkInDays());
        referral.recordTerms(form.getNamePermission(), form.getContactRoute(), form.isContactDetails(), checkIn,
                today);
    }

    /**
     * "They will introduce me first": a task to check back with the referrer on the agreed day, moved when the day
     * changes, and ticked off once the introduction has happened (or the student went ahead, or it ended).
     */
    public void scheduleCheckIn(Referral referral) {
        String key = checkInKey(referral);
        if (referral.getContactRoute() == ContactRoute.INTRODUCTION
                && ReferralStatus.awaitingIntroduction().contains(referral.getStatus())) {
            Connector referrer = referral.getReferrer();
            tasks.addOrMove(referral.getStudent(), referral.getMeeting().getId(), referrer.getId(),
                    TaskKind.CHECK_IN, referrer.getFullName(), referral.getCheckInOn(), key);
        } else {
            // Contacting them directly now, or introduced, asked, met or declined: nothing left to check back about.
            tasks.completeByKey(key);
        }
    }

    /** Removes a referral that turned out to repeat another record of the same referrer, with its check-in task. */
    private void mergeAway(Referral duplicate) {
        tasks.completeByKey(checkInKey(duplicate));
        referrals.remove(duplicate);
    }

    private static String checkInKey(Referral referral) {
        return "CHECK_IN:r" + referral.getId();
    }

    private Referral own(long referralId) {
        Referral referral = referrals.find(referralId)
                .orElseThrow(() -> new NotFoundException("referral", referralId));
        access.checkCanChange(referral.getStudent(), WHAT);
        return referral;
    }

    private Connector person(Student student, long connectorId) {
        return referrals.getOwnConnector(student.getId(), connectorId);
    }

    private LocalDate today(Student student) {
        return LocalDate.now(clock.withZone(student.zone()));
    }
}
