package se.lofte.subscriptions;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import se.lofte.shared.LofteProperties;
import se.lofte.shared.SiteAddress;

/**
 * The mails of subscriptions, as plain text with Swedish first and English below, like the account mails.
 * Every news mail carries the RFC 8058 headers, so that mail programs offer their own unsubscribe button,
 * which posts to the same link as the one in the text. Sending throws {@link MailException}; callers
 * decide what to do, and never send inside a database transaction.
 */
@Component
class SubscriptionMails {

    static final Locale SWEDISH = Locale.of("sv");
    private static final String SEPARATOR = "\n\n----\n\n";

    private final JavaMailSender sender;
    private final MessageSource messages;
    private final String from;
    private final SiteAddress site;

    SubscriptionMails(JavaMailSender sender, MessageSource messages, LofteProperties properties) {
        this.sender = sender;
        this.messages = messages;
        this.from = properties.mail().from();
        this.site = properties.site();
    }

    void sendConfirmation(String to, Topic topic, String token) {
        String link = site.absolute("/prenumerera/bekrafta/" + token);
        send(sender, to, subject("sub.mail.confirm.subject", topic.name()),
                bilingual(locale -> text("sub.mail.confirm.body", locale, topic.name(), link)), null);
    }

    /** Asked to subscribe once more: says so, with a way out, instead of telling the form's visitor. */
    void sendAlreadySubscribed(String to, Topic topic, String unsubscribeToken) {
        send(sender, to, subject("sub.mail.already.subject", topic.name()),
                bilingual(locale -> text("sub.mail.already.body", locale, topic.name(), unsubscribeLink(unsubscribeToken))),
                null);
    }

    /** Sends a queued news mail through the given sender (the outbox may be handed another for tests). */
    void sendNews(JavaMailSender through, Outbox.Queued mail) {
        send(through, mail.email(), mail.subject(), mail.body(), unsubscribeLink(mail.unsubscribeToken()));
    }

    /**
     * The text of a news mail for one subscriber: the news, then why they get it and how to leave, in
     * Swedish and then in English.
     */
    String newsBody(Function<Locale, String> news, Topic topic, String unsubscribeToken) {
        String link = unsubscribeLink(unsubscribeToken);
        return bilingual(locale -> news.apply(locale) + "\n\n" + text("sub.mail.footer", locale, topic.name(), link));
    }

    String newsSubject(String promiseTitle) {
        return text("sub.mail.news.subject", SWEDISH, promiseTitle) + " / "
                + text("sub.mail.news.subject", Locale.ENGLISH, promiseTitle);
    }

    String absolute(String path) {
        return site.absolute(path);
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String subject(String key, String topic) {
        return text(key, SWEDISH, topic) + " / " + text(key, Locale.ENGLISH, topic);
    }

    private static String bilingual(Function<Locale, String> text) {
        return text.apply(SWEDISH) + SEPARATOR + text.apply(Locale.ENGLISH);
    }

    private String unsubscribeLink(String token) {
        return site.absolute("/prenumerera/avsluta/" + token);
    }

    private void send(JavaMailSender through, String to, String subject, String body, String unsubscribe) {
        MimeMessage mail = through.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(mail, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(body, false);
            if (unsubscribe != null) {
                mail.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
                mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            }
        } catch (MessagingException e) {
            // The exception's text may hold the address, which is never to be logged.
            throw new MailPreparationException("The mail could not be put together: " + e.getClass().getSimpleName());
        }
        through.send(mail);
    }
}
