package org.rapport.outreach.compose;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.rapport.connectors.Connector;
import org.rapport.connectors.ConnectorInterest;
import org.rapport.meetings.Meeting;
import org.rapport.meetings.MeetingAction;
import org.rapport.meetings.MeetingGuard;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.etiquette.Brackets;
import org.rapport.outreach.etiquette.EtiquetteReport;
import org.rapport.outreach.etiquette.FilledText;
import org.rapport.outreach.etiquette.PointResult;
import org.rapport.outreach.etiquette.ThankYouChecklist;
import org.rapport.outreach.templates.MessageTemplate;
import org.rapport.platform.BusinessException;
import org.rapport.platform.ConcurrentChangeException;
import org.rapport.platform.InvalidFieldException;
import org.rapport.platform.NotFoundException;
import org.rapport.referrals.ReferralProgress;
import org.rapport.reminders.MailSettings;
import org.rapport.reminders.Outbox;
import org.rapport.tasks.TaskKind;
import org.rapport.tasks.TaskService;
import org.rapport.tasks.TaskSummary;

/**
 * The door to the message composer, for the meeting's own student only (advisors coach from the meeting page;
 * they get nothing here): open a draft of any kind (pre-filled from the office's template when there is none yet),
 * save it as it is typed, check its etiquette live, offer times, and mark it sent, which performs the lifecycle
 * act the kind stands for and ticks off the task it completes. A draft once sent is the record of what went.
 */
@ApplicationScoped
@Transactional
public class ComposerService {

    /** The update to a referrer is due this many days after the thank-you. */
    static final int REFERRER_UPDATE_DAYS = 2;

    @Inject
    private MeetingGuard guard;

    @Inject
    private ComposerRepository repository;

    @Inject
    private ComposerValues values;

    @Inject
    private ComposerDrafts drafts;

    @Inject
    private TaskService tasks;

    @Inject
    private MailSettings mail;

    @Inject
    private Outbox outbox;

    @Inject
    private ReferralProgress referrals;

    private final Clock clock = Clock.systemUTC();

    public ComposerPage open(long meetingId, @NotNull MessageKind kind) {
        return open(ComposerTarget.ofMeeting(meetingId, kind));
    }

    /** The news for one helper after an outcome: both must be the signed-in student's own. */
    public ComposerPage openForHelper(long outcomeId, long connectorId) {
        return open(ComposerTarget.forHelper(outcomeId, connectorId));
    }

    /**
     * The draft for the target with everything the page shows around it.
     *
     * @throws NotFoundException when the meeting, outcome or connector does not exist or is not the student's
     */
    public ComposerPage open(@NotNull ComposerTarget target) {
        ComposerContext context = drafts.context(target);
        MeetingMessage saved = repository.findDraft(target.draftKey()).orElse(null);
        DraftForm draft = saved != null ? ComposerDrafts.formOf(saved) : drafts.prefilled(context);
        List<TemplateChoice> templates = repository.listTemplates(target.kind(), draft.getChannel()).stream()
                .map(t -> new TemplateChoice(t.getId(), t.getName())).toList();
        Connector recipient = context.recipient();
        boolean thanks = target.kind() == MessageKind.THANK_YOU;
        List<PointResult> thankYou = thanks ? ThankYouChecklist.check(draft.getBody()) : List.of();
        List<ConnectorInterest> hints = thanks ? recipient.getInterests().stream().map(i -> i.getInterest())
                .filter(i -> i == ConnectorInterest.APPRECIATION || i == ConnectorInterest.RECOGNITION).toList()
                : List.of();
        return new ComposerPage(target.meetingId(), target.outcomeId(), recipient.getId(), target.kind(),
                recipient.getFullName(), recipient.getEmail(), recipient.getTimeZone(), context.studentZone().getId(),
                drafts.possible(context), draft, templates,
                target.kind().isChecked()
                        ? drafts.report(context, draft.getChannel(), draft.getSubject(), draft.getBody())
                        : null,
                thankYou, hints, ComposerDrafts.offersWindows(target.kind()), drafts.windows(context),
                mail.configured(), MailtoLink.of(recipient.getEmail(), draft.getSubject(), draft.getBody()),
                drafts.today(context), saved == null ? null : saved.getSentOn(),
                saved == null ? null : saved.getSentVia(),
                saved == null || !saved.isSent() ? null : outbox.state(saved.getId()).orElse(null),
                context.source() == null ? null : context.source().referrer().getFullName(),
                context.source() == null ? null : context.source().permission());
    }

    /**
     * Creates or updates the draft; returns its new version (the page saves again with it).
     *
     * @throws ConcurrentChangeException when the draft was saved meanwhile (another window); the page keeps the text
     * @throws BusinessException once the message was sent
     */
    public long saveDraft(long meetingId, @NotNull MessageKind kind, @NotNull @Valid DraftForm form) {
        return saveDraft(ComposerTarget.ofMeeting(meetingId, kind), form);
    }

    public long saveDraft(@NotNull ComposerTarget target, @NotNull @Valid DraftForm form) {
        MeetingMessage message = store(drafts.context(target), form);
        repository.flush();
        return message.getVersion();
    }

    /** The checker's verdict on the words as typed now; changes nothing. */
    public EtiquetteReport check(long meetingId, @NotNull MessageChannel channel, String subject, String body) {
        return drafts.report(drafts.context(ComposerTarget.ofMeeting(meetingId, MessageKind.REQUEST)), channel, subject, body);
    }

    /** Which of the thank-you checklist's points the words as typed already make; changes nothing. */
    public List<PointResult> thankYouPoints(String body) {
        return ThankYouChecklist.check(body);
    }

    /** The template filled for this draft; the page asks before it replaces typed words with it. */
    public FilledText fromTemplate(long meetingId, @NotNull MessageKind kind, long templateId) {
        return fromTemplate(ComposerTarget.ofMeeting(meetingId, kind), templateId);
    }

    public FilledText fromTemplate(@NotNull ComposerTarget target, long templateId) {
        ComposerContext context = drafts.context(target);
        MessageTemplate template = repository.findTemplate(templateId)
                .filter(t -> t.getKind() == target.kind() && !t.isRetired())
                .orElseThrow(() -> new NotFoundException("message template", templateId));
        return values.fill(template, context);
    }

    /**
     * Records that the message went: saves its latest words, keeps the day and how, performs the kind's act on the
     * meeting and ticks off the task it completes. After a thank-you to someone a referrer introduced, the student
     * is asked to tell the referrer how it went.
     *
     * @throws InvalidFieldException (sentOn) for no day or a day after today, (body) for an empty message
     * @throws BusinessException when the meeting's state does not allow the act
     */
    public void markSent(long meetingId, @NotNull MessageKind kind, @NotNull @Valid SentForm form) {
        markSent(ComposerTarget.ofMeeting(meetingId, kind), form);
    }

    public void markSent(@NotNull ComposerTarget target, @NotNull @Valid SentForm form) {
        ComposerContext context = drafts.context(target);
        LocalDate today = drafts.today(context);
        if (form.getSentOn() == null) {
            throw new InvalidFieldException("sentOn", "composer.sentOn.required");
        }
        if (form.getSentOn().isAfter(today)) {
            throw new InvalidFieldException("sentOn", "meeting.sent.future");
        }
        sent(context, store(context, form), form.getSentOn(), form.getVia(), today);
    }

    /**
     * Queues the e-mail in the office's outbox (replies go to the student) and marks it sent today.
     *
     * @throws BusinessException when it is not an e-mail, the address is unknown or the office has no mail server
     */
    public void sendFromRapport(long meetingId, @NotNull MessageKind kind, @NotNull @Valid DraftForm form) {
        sendFromRapport(ComposerTarget.ofMeeting(meetingId, kind), form);
    }

    public void sendFromRapport(@NotNull ComposerTarget target, @NotNull @Valid DraftForm form) {
        ComposerContext context = drafts.context(target);
        Connector recipient = context.recipient();
        if (form.getChannel() != MessageChannel.EMAIL) {
            throw new BusinessException("composer.send.notEmail");
        }
        if (recipient.getEmail() == null || recipient.getEmail().isBlank()) {
            throw new BusinessException("composer.send.noAddress", recipient.getFullName());
        }
        if (!mail.configured()) {
            throw new BusinessException("composer.send.notConfigured");
        }
        List<String> unfilled = Brackets.unfilledIn(form.getBody());
        if (!unfilled.isEmpty()) {
            throw new InvalidFieldException("body", "composer.unfilled.refused", String.join(" ", unfilled));
        }
        MeetingMessage message = store(context, form);
        if (message.getSubject() == null) {
            throw new InvalidFieldException("subject", "composer.subject.required");
        }
        LocalDate today = drafts.today(context);
        sent(context, message, today, SentVia.RAPPORT, today);
        repository.flush();
        outbox.enqueueMessage(context.student(), message.getId(), recipient.getEmail(), context.student().getEmail(),
                message.getSubject(), message.getBody());
    }

    private MeetingMessage store(ComposerContext context, DraftForm form) {
        ComposerTarget target = context.target();
        MeetingMessage message = repository.findDraft(target.draftKey()).orElse(null);
        if (message == null) {
            message = new MeetingMessage(context.student(), context.meeting(), context.recipient(),
                    target.draftKey(), target.kind(), form.getChannel());
            repository.add(message);
        } else if (form.getVersion() == null || message.getVersion() != form.getVersion()) {
            throw new ConcurrentChangeException("message " + target.draftKey());
        }
        MessageTemplate template = form.getTemplateId() == null ? null
                : repository.findTemplate(form.getTemplateId()).filter(t -> t.getKind() == target.kind()).orElse(null);
        message.draft(form.getChannel(), form.getSubject(), form.getBody(), template);
        return message;
    }

    private void sent(ComposerContext context, MeetingMessage message, LocalDate on, SentVia via, LocalDate today) {
        message.markSent(on, via);
        ComposerTarget target = context.target();
        Meeting meeting = context.meeting();
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        MeetingAction act = target.kind().onSent();
        if (act == null && !drafts.possible(context)) {
            throw new BusinessException("composer.kind.notNow");
        }
        String detail = values.sentDetail(message.getChannel(), via);
        if (act != null) {
            switch (act) {
                case MARK_REQUEST_SENT -> {
                    meeting.markRequestSent(on, today, now, detail);
                    referrals.requested(meeting);
                }
                case MARK_FOLLOW_UP_SENT -> meeting.markFollowUpSent(on, today, now, detail);
                case MARK_OBJECTION_ANSWERED -> meeting.markObjectionAnswered(on, today, now, detail);
                case MARK_CONFIRMED -> meeting.markConfirmed(now, detail);
                case MARK_THANKED -> meeting.markThanked(on, today, now, detail);
                default -> throw new IllegalStateException("No composer act for " + act);
            }
        }
        if (target.isHelper()) {
            tasks.completeByKey(TaskSummary.tellKey(target.outcomeId(), target.connectorId()));
        } else if (target.kind().completes() != null && meeting != null) {
            tasks.completeOpen(meeting.getId(), target.kind().completes(),
                    target.kind() == MessageKind.REFERRER_UPDATE ? context.recipient().getId() : null);
        }
        Connector referrer = context.referrer();
        if (target.kind() == MessageKind.THANK_YOU && referrer != null) {
            tasks.addOnce(context.student(), meeting.getId(), referrer.getId(), TaskKind.UPDATE_REFERRER,
                    referrer.getFullName(), today.plusDays(REFERRER_UPDATE_DAYS), "UPDATE_REFERRER:m" + meeting.getId());
        }
    }
}
