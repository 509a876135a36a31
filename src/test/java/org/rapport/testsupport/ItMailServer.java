package org.rapport.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The office's mail server for browser tests: a real SMTP server (GreenMail) on the loopback port the deployment's
 * {@code RAPPORT_SMTP_PORT} names, so mail Rapport sends lands here. One test class at a time starts and stops it.
 */
public final class ItMailServer implements AutoCloseable {

    private final GreenMail server;

    private ItMailServer(GreenMail server) {
        this.server = server;
    }

    /** Starts the server on the port the build gave the deployment. */
    public static ItMailServer start() {
        int port = Integer.parseInt(System.getProperty("rapport.it.smtp.port", "33625"));
        GreenMail server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return new ItMailServer(server);
    }

    /** The messages received so far addressed to {@code address}. */
    public List<MimeMessage> mailsTo(String address) throws MessagingException {
        return addressedTo(server.getReceivedMessages(), address);
    }

    /** Those of {@code received} with {@code address} among their recipients (any server, in or out of Payara). */
    public static List<MimeMessage> addressedTo(MimeMessage[] received, String address) throws MessagingException {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage message : received) {
            Address[] to = message.getAllRecipients();
            if (to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address))) {
                found.add(message);
            }
        }
        return found;
    }

    @Override
    public void close() {
        server.stop();
    }
}
