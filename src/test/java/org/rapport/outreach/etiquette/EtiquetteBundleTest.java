package org.rapport.outreach.etiquette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.rapport.outreach.MessageChannel;
import org.rapport.outreach.MessageKind;
import org.rapport.outreach.compose.SentVia;
import org.rapport.outreach.lifecycle.ObjectionKind;
import org.rapport.outreach.outcomes.OutcomeKind;

/** Every rule, point, kind and objection reply the pages show has its words in the bundle. */
class EtiquetteBundleTest {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.rapport.i18n.messages",
            Locale.ENGLISH);

    @Test
    void everyKeyTheOutreachEnumsNameIsInTheBundle() {
        List<String> keys = new ArrayList<>(List.of("etiquette.summary"));
        for (EtiquetteRule rule : EtiquetteRule.values()) {
            keys.addAll(List.of(rule.nameKey(), rule.explanationKey(), rule.fixKey()));
        }
        for (ThankYouPoint point : ThankYouPoint.values()) {
            keys.addAll(List.of(point.nameKey(), point.hintKey()));
        }
        for (MessageKind kind : MessageKind.values()) {
            keys.add(kind.messageKey());
        }
        for (MessageChannel channel : MessageChannel.values()) {
            keys.add(channel.messageKey());
        }
        for (SentVia via : SentVia.values()) {
            keys.add(via.messageKey());
        }
        for (ObjectionKind kind : ObjectionKind.values()) {
            keys.addAll(List.of(kind.messageKey(), kind.nextActionKey()));
            for (int reply = 1; reply <= kind.replyCount(); reply++) {
                keys.add(kind.replyKey(reply));
            }
        }
        for (OutcomeKind kind : OutcomeKind.values()) {
            keys.add(kind.messageKey());
        }

        assertEquals(List.of(), keys.stream().filter(key -> !BUNDLE.containsKey(key)
                || BUNDLE.getString(key).isBlank()).toList());
    }

    @Test
    void theSummaryCountsPassesOutOfApplicableChecks() {
        assertEquals("7 of 9 checks pass",
                new MessageFormat(BUNDLE.getString("etiquette.summary"), Locale.ENGLISH).format(
                        new Object[] {7, 9}));
    }
}
