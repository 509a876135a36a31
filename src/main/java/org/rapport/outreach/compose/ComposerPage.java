package org.rapport.outreach.compose;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.rapport.connectors.ConnectorInterest;
import org.rapport.meetings.NamePermission;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.etiquette.EtiquetteReport;
import org.rapport.outreach.etiquette.PointResult;

/**
 * What the composer opens with, read in one go. {@code draft} is the saved draft (its version &gt; 0) or a
 * pre-filled one not yet saved (version 0). {@code possible} says whether the kind's act is allowed in the
 * meeting's state now. {@code etiquette} is present for the kinds the checker reads, {@code thankYou} for the
 * thank-you; {@code interestHints} are the connector's interests a thank-you can honour. {@code sentOn},
 * {@code sentVia} and {@code outboxState} are present once the message went.
 */
public record ComposerPage(Long meetingId, Long outcomeId, long connectorId, MessageKind kind, String recipientName,
                           String recipientEmail, String connectorZone, String studentZone, boolean possible,
                           DraftForm draft, List<TemplateChoice> templates, EtiquetteReport etiquette,
                           List<PointResult> thankYou, List<ConnectorInterest> interestHints, boolean offersWindows,
                           List<OfferedWindow> windows, boolean smtpConfigured, String mailto, LocalDate today,
                           LocalDate sentOn, SentVia sentVia,
                           org.rapport.reminders.OutboxStatus outboxState, String referrerName,
                           NamePermission referrerPermission) implements Serializable {

    /**
     * What the composer says about the referrer of a request, follow-up or reply: named with permission, or left
     * out because they said no or were not asked; {@code null} when nobody referred the student.
     */
    public String referrerNoticeKey() {
        if (referrerName == null || !kind.isChecked()) {
            return null;
        }
        return "composer.referrer." + referrerPermission.name();
    }

    public boolean sent() {
        return sentOn != null;
    }

    /** "Send from Rapport" is offered for an e-mail to a known address when the office set up mail. */
    public boolean canSendFromRapport() {
        return smtpConfigured && draft.getChannel() == MessageChannel.EMAIL && recipientEmail != null && possible;
    }
}
