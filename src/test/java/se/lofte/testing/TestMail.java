package se.lofte.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;

/**
 * One GreenMail SMTP server for the whole test JVM, on a free port, so that parallel builds on one
 * machine never fight over a port. Registered for every test class through {@code META-INF/services}:
 * before the first Spring context starts it publishes the port as {@code lofte.test.smtp-port}, which the
 * test configuration gives to {@code spring.mail.port}. Every Spring context (cached across classes)
 * sends to the same server; tests tell their mails apart by the recipient's address.
 */
public final class TestMail implements BeforeAllCallback, TestInstancePreConstructCallback {

    private static final Pattern LINK = Pattern.compile("https?://\\S+/konto/\\S+");
    private static GreenMail server;

    @Override
    public void beforeAll(ExtensionContext context) {
        server();
    }

    /** Test classes with one instance for all their tests are constructed, and their context started, before all. */
    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
        server();
    }

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            System.setProperty("lofte.test.smtp-port", Integer.toString(server.getSmtp().getPort()));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** The mails received for this address so far, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> addressedTo(m, address)).toList();
    }

    /** Waits up to ten seconds for the n-th mail to this address (some are sent after the answer). */
    public static MimeMessage await(String address, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> mails = to(address);
            if (mails.size() >= count) {
                return mails.get(count - 1);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("No mail number " + count + " to " + address + " within ten seconds");
    }

    /** The decoded text of a plain-text mail. */
    public static String body(MimeMessage mail) {
        try {
            return mail.getContent().toString().replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first one-time link (to a /konto/ page) in the mail's text. */
    public static String link(MimeMessage mail) {
        return link(mail, LINK);
    }

    /** The path (from the first slash after the host) of the first link in the mail's text that starts with this path. */
    public static String path(MimeMessage mail, String pathStart) {
        String link = link(mail, Pattern.compile("https?://[^/\\s]+" + Pattern.quote(pathStart) + "\\S+"));
        return link.substring(link.indexOf('/', link.indexOf("//") + 2));
    }

    private static String link(MimeMessage mail, Pattern pattern) {
        Matcher m = pattern.matcher(body(mail));
        if (!m.find()) {
            throw new AssertionError("No link like " + pattern + " in the mail:\n" + body(mail));
        }
        return m.group();
    }

    private static boolean addressedTo(MimeMessage mail, String address) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
