package org.rapport.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import org.rapport.connectors.Acquaintance;
import org.rapport.connectors.Connector;
import org.rapport.meetings.ContactRoute;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.NamePermission;
import org.rapport.meetings.SuggestedName;
import org.rapport.outreach.MessageKind;
import org.rapport.people.Student;
import org.rapport.referrals.Referral;
import org.rapport.referrals.ReferralStatus;
import org.rapport.tasks.TaskKind;

/**
 * The demo student's referral chain: eleven referrals from four held meetings, branches one, two and three referrals
 * long. The logistics lead met two months ago (connector 5) referred the analytics manager (0), the procurement lead
 * (6), the freight analyst who declined (11) and a name she has had the address of for eight weeks (stale); the
 * analytics manager referred the person met yesterday (2), the planner whose request is waiting on a "busy" answer (8)
 * and two names from meeting mode, one she offered to introduce first (check-in overdue); the procurement lead
 * referred the buyer asked two days ago (4, without permission to use her name) and a name she will introduce
 * (check-in ahead); yesterday's connector suggested one more name. Statuses moved on the days the requests and
 * meetings happened, as the services would have moved them. Two caseload students get a shorter chain each.
 */
final class DemoReferrals {

    private final EntityManager entityManager;
    private final DemoOutreach outreach;
    private final Student student;
    private final LocalDate today;

    DemoReferrals(EntityManager entityManager, DemoOutreach outreach, Student student, LocalDate today) {
        this.entityManager = entityManager;
        this.outreach = outreach;
        this.student = student;
        this.today = today;
    }

    /**
     * Marks who was referred by whom before any request goes out, so that the requests name the referrer: the
     * analytics manager (0) through the logistics lead (5), yesterday's connector (2) through the analytics manager.
     * The procurement lead (6) is already referred by 5 in the connector list.
     */
    static void introduce(List<Connector> connectors) {
        connectors.get(0).knownThrough(Acquaintance.REFERRED, connectors.get(5), false);
        connectors.get(2).knownThrough(Acquaintance.REFERRED, connectors.get(0), false);
    }

    /** The referrals, from the held meetings with connectors 5, 0, 6 and 2 among {@code made}. */
    void build(List<Meeting> made, List<Connector> connectors, List<SuggestedName> analyticsNames) {
        Meeting logistics = lastWith(made, connectors.get(5));
        Meeting analytics = lastWith(made, connectors.get(0));
        Meeting procurement = lastWith(made, connectors.get(6));
        Meeting yesterday = lastWith(made, connectors.get(2));

        met(logistics, analytics, "Said her analytics manager enjoys talking to statistics students.");
        // The update for the analytics manager went out three days after that conversation; the procurement lead's
        // update is the snoozed task of the lifecycle's thanked meeting.
        LocalDate updated = analytics.getHeldOn().plusDays(3);
        outreach.done(analytics, TaskKind.UPDATE_REFERRER, logistics.getConnector(), updated,
                DemoOutreach.referrerKey(analytics), outreach.at(updated, 18, 30));
        outreach.email(analytics, MessageKind.REFERRER_UPDATE, "Thank you for the introduction",
                DemoWording.referrerUpdate(student, logistics.getConnector(), analytics.getConnector()), updated);
        met(logistics, procurement, null);
        Referral freight = to(logistics, connectors.get(11), NamePermission.NOT_ASKED,
                "Thought he might be hiring in freight; I forgot to ask whether I could mention her.");
        freight.moveTo(ReferralStatus.MEETING_REQUESTED, lastWith(made, connectors.get(11)).getRequestedOn());
        freight.moveTo(ReferralStatus.DECLINED, today.minusDays(14));
        Referral stale = named(logistics, "Rhiannon Achterberg", "Lakemont Freight (fictional)",
                NamePermission.YES, "Gave me her e-mail address; I have not written yet.");
        stale.moveTo(ReferralStatus.CONTACT_DETAILS, logistics.getHeldOn().plusDays(2));

        met(analytics, yesterday, null);
        outreach.task(yesterday, TaskKind.UPDATE_REFERRER, analytics.getConnector(),
                yesterday.getHeldOn().plusDays(3), DemoOutreach.referrerKey(yesterday));
        to(analytics, connectors.get(8), NamePermission.NOT_ASKED, null)
                .moveTo(ReferralStatus.MEETING_REQUESTED, lastWith(made, connectors.get(8)).getRequestedOn());
        for (SuggestedName name : analyticsNames) {
            Referral referral = Referral.fromSuggestedName(name, analytics.getHeldOn(),
                    analytics.getHeldOn().plusDays(7));
            entityManager.persist(referral);
            checkIn(referral);
        }

        to(procurement, connectors.get(4), NamePermission.NO,
                "Asked me not to mention her: the team is touchy about who recommends whom.")
                .moveTo(ReferralStatus.MEETING_REQUESTED, lastWith(made, connectors.get(4)).getRequestedOn());
        Referral introduced = named(procurement, "Idris Nakamura", "Fenwick Cold Chain (fictional)",
                NamePermission.YES, "She will write to him first; I check back with her after that.");
        introduced.recordTerms(NamePermission.YES, ContactRoute.INTRODUCTION, false,
                procurement.getHeldOn().plusDays(8), procurement.getHeldOn());
        checkIn(introduced);

        SuggestedName port = new SuggestedName(yesterday, "Tobias Oyelaran", "Port Aurelia Authority (fictional)",
                "Runs the port's data team; said I may mention him.");
        port.heard(NamePermission.YES, ContactRoute.DIRECT);
        entityManager.persist(port);
        entityManager.persist(Referral.fromSuggestedName(port, yesterday.getHeldOn(), null));
    }

    /**
     * Figures for the caseload list: the first caseload student met her first contact a month ago, was referred to a
     * second person she met last week, who suggested a name; the second met one person 25 days ago and has not
     * followed up the person suggested (stale). Needs two connectors.
     */
    void forCaseloadStudent(DemoMeetings meetings, List<Connector> connectors, int index) {
        if (connectors.size() < 2 || index > 1) {
            return;
        }
        Connector first = connectors.get(0);
        Connector next = connectors.get(1);
        if (index == 0) {
            Meeting met = meetings.heldFor(student, first, "Learn how the team chooses its graduate hires.",
                    today.minusDays(30));
            Meeting referred = meetings.heldFor(student, next, "Hear what the first year in this role involves.",
                    today.minusDays(6));
            met(met, referred, null);
            named(referred, "Marisol Eckhart", "Tidewater Analytics (fictional)", NamePermission.YES, null);
        } else {
            Meeting met = meetings.heldFor(student, first, "Find out how people move into this field.",
                    today.minusDays(25));
            to(met, next, NamePermission.NOT_ASKED, null);
        }
    }

    /** A referral, with permission, to a connector who has since been asked and met. */
    private void met(Meeting from, Meeting theirs, String note) {
        Referral referral = to(from, theirs.getConnector(), NamePermission.YES, note);
        referral.moveTo(ReferralStatus.MEETING_REQUESTED, theirs.getRequestedOn());
        referral.moveTo(ReferralStatus.MET, theirs.getHeldOn());
    }

    private Referral to(Meeting from, Connector person, NamePermission permission, String note) {
        Referral referral = new Referral(from, person, person.getFullName(), null, from.getHeldOn());
        referral.recordTerms(permission, ContactRoute.DIRECT, true, null, from.getHeldOn());
        referral.describe(person.getFullName(), organisationOf(person), note);
        entityManager.persist(referral);
        return referral;
    }

    private Referral named(Meeting from, String name, String organisation, NamePermission permission, String note) {
        Referral referral = new Referral(from, null, name, organisation, from.getHeldOn());
        referral.recordTerms(permission, ContactRoute.DIRECT, false, null, from.getHeldOn());
        referral.describe(name, organisation, note);
        entityManager.persist(referral);
        return referral;
    }

    /** The task the service creates when the referrer introduces the student first. */
    private void checkIn(Referral referral) {
        if (referral.getContactRoute() == ContactRoute.INTRODUCTION) {
            Meeting meeting = referral.getMeeting();
            outreach.task(meeting, TaskKind.CHECK_IN, meeting.getConnector(), referral.getCheckInOn(),
                    "CHECK_IN:r" + referral.getId());
        }
    }

    private static String organisationOf(Connector person) {
        return person.getOrganisation() == null ? null : person.getOrganisation().getName();
    }

    /** The latest meeting made with the connector. */
    private static Meeting lastWith(List<Meeting> made, Connector connector) {
        return made.stream().filter(m -> m.getConnector() == connector).reduce((first, second) -> second)
                .orElseThrow(() -> new IllegalStateException("no meeting with " + connector.getFullName()));
    }
}
