package com.yiti.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * A real SMTP server inside the test JVM (GreenMail), one per JVM however many application contexts the tests make,
 * on a free port the application's mail sender is pointed at (so two test JVMs on one machine never collide). A test
 * can take it down to see sending fail, and bring it back on the same port.
 */
@Component
public class TestMailServer implements BeanPostProcessor {

    private static GreenMail server;
    private static int port;

    /** Points the application's mail sender at this server, starting it first. */
    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof JavaMailSenderImpl sender) {
            sender.setHost("127.0.0.1");
            sender.setPort(port());
        }
        return bean;
    }

    public static synchronized int port() {
        start();
        return port;
    }

    public static synchronized void start() {
        if (server != null) {
            return;
        }
        ServerSetup setup = port == 0
                ? new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()
                : new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        server = new GreenMail(setup);
        server.start();
        port = server.getSmtp().getPort();
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
