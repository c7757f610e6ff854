package com.yiti.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server inside the test JVM (GreenMail on port 3125, where the test profile points spring.mail): one per
 * JVM however many application contexts the tests make. A test can take it down to see sending fail, and bring it
 * back.
 */
@Component
public class TestMailServer {

    private static final ServerSetup SMTP = new ServerSetup(3125, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static GreenMail server;

    public TestMailServer() {
        start();
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(SMTP);
            server.start();
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages received since the JVM started (or the server was last brought back), for one address. */
    public synchronized List<MimeMessage> to(String address) {
        start();
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }
}
