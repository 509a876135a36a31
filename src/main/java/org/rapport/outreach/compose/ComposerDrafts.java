package org.rapport.outreach.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.rapport.calendar.MeetingTimes;
import org.rapport.connectors.Connector;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.MeetingGuard;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.etiquette.DraftFacts;
import org.rapport.outreach.etiquette.EtiquetteChecker;
import org.rapport.outreach.etiquette.EtiquetteReport;
import org.rapport.outreach.etiquette.FilledText;
import org.rapport.outreach.etiquette.Placeholder;
import org.rapport.outreach.outcomes.StudentOutcome;
import org.rapport.outreach.templates.MessageTemplate;
import org.rapport.people.Student;
import org.rapport.platform.NotFoundException;
import org.rapport.referrals.ReferralProgress;
import org.rapport.referrals.ReferralSource;

/**
 * The composer's reading side, used by {@link ComposerService} inside its transaction: which draft a call is about
 * and whether the signed-in student may touch it (their own meeting, or their own outcome and connector), the draft
 * pre-filled from the office's first template, the etiquette verdict, whether the kind fits the meeting's state,
 * and the times offered described in both zones.
 */
@ApplicationScoped
class ComposerDrafts {

    @Inject
    private MeetingGuard guard;

    @Inject
    private ComposerRepository repository;

    @Inject
    private ComposerValues values;

    @Inject
    private ReferralProgress referrals;

    private final Clock clock = Clock.systemUTC();

    List<OfferedWindow> windows(ComposerContext context) {
        if (context.meeting() == null) {
            return List.of();
        }
        ZoneId connectorZone = context.connectorZone();
        return repository.listWindows(context.meeting().getId()).stream()
                .map(w -> new OfferedWindow(w.getId(),
                        MeetingTimes.describe(w.getStartsAt(), w.toTimeWindow().minutes(), context.studentZone()),
                        MeetingTimes.describe(w.getStartsAt(), w.toTimeWindow().minutes(), connectorZone)))
                .toList();
    }

    boolean possible(ComposerContext context) {
        MessageKind kind = context.target().kind();
        if (kind == MessageKind.TELL_HELPER) {
            return true;
        }
        Meeting meeting = context.meeting();
        if (kind == MessageKind.REFERRER_UPDATE) {
            return context.referrer() != null && meeting.getState().isAfterConversation();
        }
        if (kind == MessageKind.CHECK_IN) {
            return meeting.getState().isAfterConversation() && !referrals.introductions(meeting.getId()).isEmpty();
        }
        return meeting.allows(kind.onSent());
    }

    static boolean offersWindows(MessageKind kind) {
        return kind == MessageKind.REQUEST || kind == MessageKind.FOLLOW_UP || kind == MessageKind.OBJECTION_REPLY;
    }

    EtiquetteReport report(ComposerContext context, MessageChannel channel, String subject, String body) {
        Connector connector = context.meeting().getConnector();
        return EtiquetteChecker.check(new DraftFacts(channel, subject, body, context.nameableReferrer(),
                context.studentZone(),
                connector.getTimeZone() == null ? null : ZoneId.of(connector.getTimeZone()),
                connector.getInterests().stream().map(i -> i.getInterest()).toList()));
    }

    DraftForm prefilled(ComposerContext context) {
        MessageChannel channel = channelFor(context.recipient());
        List<MessageTemplate> offered = repository.listTemplates(context.target().kind(), channel);
        if (offered.isEmpty()) {
            return new DraftForm(null, channel, null, null, null);
        }
        // With a referrer the student may name, a template that names them; without one, one that does not.
        boolean referred = context.nameableReferrer() != null;
        MessageTemplate first = offered.stream().filter(t -> mentionsReferrer(t) == referred).findFirst()
                .orElse(offered.get(0));
        FilledText filled = values.fill(first, context);
        return new DraftForm(null, channel, filled.subject(), filled.body(), first.getId());
    }

    private static boolean mentionsReferrer(MessageTemplate template) {
        String token = Placeholder.REFERRER_NAME.token();
        return template.getBody().contains(token)
                || template.getSubject() != null && template.getSubject().contains(token);
    }

    /** The connector's preferred way in; meeting in person is asked for in writing, by e-mail. */
    static MessageChannel channelFor(Connector recipient) {
        if (recipient.getPreferredChannel() == null) {
            return MessageChannel.EMAIL;
        }
        return switch (recipient.getPreferredChannel()) {
            case PHONE -> MessageChannel.PHONE;
            case LETTER -> MessageChannel.LETTER;
            default -> MessageChannel.EMAIL;
        };
    }

    static DraftForm formOf(MeetingMessage message) {
        return new DraftForm(message.getVersion(), message.getChannel(), message.getSubject(), message.getBody(),
                message.getTemplate() == null ? null : message.getTemplate().getId());
    }

    ComposerContext context(ComposerTarget target) {
        if (!target.isHelper()) {
            Meeting meeting = guard.own(target.meetingId());
            ReferralSource source = referrals.sourceFor(meeting.getStudent(), meeting.getConnector()).orElse(null);
            Connector recipient = meeting.getConnector();
            if (target.kind() == MessageKind.REFERRER_UPDATE && source != null) {
                recipient = source.referrer();
            }
            return new ComposerContext(target, meeting.getStudent(), meeting, recipient, null,
                    meeting.getStudent().zone(), source);
        }
        Student student = guard.currentStudent();
        StudentOutcome outcome = repository.findOutcome(target.outcomeId())
                .filter(found -> found.getStudent().getId().equals(student.getId()))
                .orElseThrow(() -> new NotFoundException("outcome", target.outcomeId()));
        Connector helper = repository.find(Connector.class, target.connectorId())
                .filter(found -> found.getOwner() != null && found.getOwner().getId().equals(student.getId()))
                .orElseThrow(() -> new NotFoundException("connector", target.connectorId()));
        return new ComposerContext(target, student, null, helper, outcome, student.zone(), null);
    }

    LocalDate today(ComposerContext context) {
        return LocalDate.now(clock.withZone(context.studentZone()));
    }
}
