package org.rapport.outreach.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.rapport.calendar.MeetingTimes;
import org.rapport.connectors.Connector;
import org.rapport.connectors.MarkedInterest;
import org.rapport.feedback.FeedbackService;
import org.rapport.feedback.FeedbackView;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.MeetingSchedule;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.etiquette.FilledText;
import org.rapport.outreach.etiquette.Placeholder;
import org.rapport.outreach.etiquette.TemplateFiller;
import org.rapport.outreach.outcomes.StudentOutcome;
import org.rapport.outreach.templates.MessageTemplate;
import org.rapport.people.Student;
import org.rapport.referrals.ReferralProgress;
import org.rapport.research.MeetingResearch;
import org.rapport.research.NotebookItem;

/**
 * What a template's placeholders are filled with for one draft: the people, the student's research about this
 * connector or organisation, the times offered or agreed (in the connector's zone), the next steps heard in
 * competitive feedback and, for news to a helper, the outcome. Called by {@link ComposerService} inside its
 * transaction, after it checked who may see the draft.
 */
@ApplicationScoped
class ComposerValues {

    private static final String BUNDLE = "org.rapport.i18n.messages";

    @Inject
    private MeetingResearch research;

    @Inject
    private FeedbackService feedback;

    @Inject
    private ComposerRepository repository;

    @Inject
    private ReferralProgress referrals;

    FilledText fill(MessageTemplate template, ComposerContext context) {
        return TemplateFiller.fill(template.getSubject(), template.getBody(), values(context));
    }

    Map<Placeholder, String> values(ComposerContext context) {
        Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
        Student student = context.student();
        Meeting meeting = context.meeting();
        Connector connector = meeting == null ? context.recipient() : meeting.getConnector();
        put(values, Placeholder.CONNECTOR_NAME, connector.getFullName());
        put(values, Placeholder.CONNECTOR_FIRST_NAME, firstName(connector.getFullName()));
        // A request names the referrer only with their permission; the update is written to them either way.
        put(values, Placeholder.REFERRER_NAME, context.target().kind() == MessageKind.REFERRER_UPDATE
                ? context.referrer() == null ? null : context.referrer().getFullName()
                : context.nameableReferrer());
        put(values, Placeholder.STUDENT_NAME, student.getDisplayName());
        put(values, Placeholder.STUDENT_FIRST_NAME, student.getGivenName());
        put(values, Placeholder.COLLEGE, student.getCollege());
        put(values, Placeholder.MAJOR, student.getMajor());
        put(values, Placeholder.STUDENT_MOBILE, student.getMobilePhone());
        if (connector.getOrganisation() != null) {
            put(values, Placeholder.ORGANISATION, connector.getOrganisation().getName());
        }
        connector.getInterests().stream().map(MarkedInterest::getEvidence)
                .filter(evidence -> evidence != null && !evidence.isBlank()).findFirst()
                .ifPresent(evidence -> put(values, Placeholder.SHARED_INTEREST, evidence));
        if (context.outcome() != null) {
            put(values, Placeholder.OUTCOME, outcome(context.outcome()));
        }
        if (meeting != null) {
            meetingValues(values, context, meeting, connector);
        }
        return values;
    }

    private void meetingValues(Map<Placeholder, String> values, ComposerContext context, Meeting meeting,
                               Connector connector) {
        Long organisationId = meeting.getOrganisation() != null ? meeting.getOrganisation().getId()
                : connector.getOrganisation() == null ? null : connector.getOrganisation().getId();
        if (meeting.getOrganisation() != null) {
            put(values, Placeholder.ORGANISATION, meeting.getOrganisation().getName());
        }
        research.findings(meeting.getStudent(), connector.getId(), organisationId).stream()
                .filter(NotebookItem::aboutThisMeeting).findFirst()
                .ifPresent(finding -> put(values, Placeholder.RESEARCH_FINDING, finding.text()));
        research.newsToShare(meeting.getStudent(), connector.getId(), organisationId).stream().findFirst()
                .ifPresent(news -> put(values, Placeholder.NEWS, news.text()));
        put(values, Placeholder.MINUTES, String.valueOf(meeting.getPlannedMinutes()));
        ZoneId connectorZone = context.connectorZone();
        put(values, Placeholder.WINDOWS, MeetingTimes.describeWindows(repository.listWindows(meeting.getId())
                .stream().map(MeetingWindow::toTimeWindow).toList(), connectorZone));
        MeetingSchedule schedule = meeting.getSchedule();
        if (schedule != null) {
            ZoneId zone = schedule.connectorZone() != null ? schedule.connectorZone() : connectorZone;
            put(values, Placeholder.MEETING_TIME, MeetingTimes.describe(schedule.getStartsAt(),
                    meeting.getPlannedMinutes(), zone));
            put(values, Placeholder.MEETING_PLACE, schedule.getPlace());
        }
        if (context.target().kind() == MessageKind.CHECK_IN) {
            List<String> offered = referrals.introductions(meeting.getId());
            if (!offered.isEmpty()) {
                put(values, Placeholder.INTRODUCTIONS, offered.stream().map(name -> "- " + name)
                        .collect(Collectors.joining("\n")));
            }
        }
        FeedbackView heard = feedback.view(meeting.getId());
        List<String> steps = heard.nextSteps().stream().map(FeedbackView.Step::text).toList();
        if (!steps.isEmpty()) {
            put(values, Placeholder.NEXT_STEPS, steps.stream().map(step -> "- " + step)
                    .collect(Collectors.joining("\n")));
        }
    }

    /** The timeline's note on how a message went ("E-mail, from your own mail"), in the office's words. */
    String sentDetail(MessageChannel channel, SentVia via) {
        return text(channel.messageKey()) + ", " + text(via.messageKey());
    }

    private static String outcome(StudentOutcome outcome) {
        String kind = text(outcome.getKind().messageKey());
        return outcome.getOrganisation() == null ? kind : kind + " (" + outcome.getOrganisation() + ")";
    }

    private static String text(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
    }

    static String firstName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return null;
        }
        return fullName.strip().split("\\s+")[0];
    }

    private static void put(Map<Placeholder, String> values, Placeholder placeholder, String value) {
        if (value != null && !value.isBlank()) {
            values.put(placeholder, value.strip());
        }
    }
}
