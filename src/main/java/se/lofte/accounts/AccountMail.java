package se.lofte.accounts;

import java.util.Locale;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import se.lofte.shared.LofteProperties;
import se.lofte.shared.SiteAddress;

/**
 * The e-mails that carry one-time links: Swedish first, English below, as plain text so that every mail
 * program shows them the same. Sending throws {@link MailException}; callers decide whom to tell.
 * Never called inside a database transaction: an SMTP server may take seconds to answer.
 */
@Component
class AccountMail {

    private static final Locale SWEDISH = Locale.of("sv");

    private final JavaMailSender sender;
    private final MessageSource messages;
    private final String from;
    private final SiteAddress site;

    AccountMail(JavaMailSender sender, MessageSource messages, LofteProperties properties) {
        this.sender = sender;
        this.messages = messages;
        this.from = properties.mail().from();
        this.site = properties.site();
    }

    void sendInvitation(String to, String name, String inviter, String organisation, String token) {
        send(to, "acc.mail.invitation", name, inviter, organisation, invitationLink(token));
    }

    /** Where the invited person chooses a password: the link in the mail, or handed over when mail fails. */
    String invitationLink(String token) {
        return site.absolute("/konto/inbjudan/" + token);
    }

    void sendPasswordReset(String to, String name, String token) {
        String link = site.absolute("/konto/nytt-losenord/" + token);
        send(to, "acc.mail.reset", name, link);
    }

    private void send(String to, String key, Object... args) {
        send(to, key, locale -> args);
    }

    /**
     * Sends the mail {@code key} ({@code key.subject}, {@code key.body}), Swedish first, with the arguments
     * {@code args} gives for each language (a date or a kind of follow-up reads differently in each).
     */
    void send(String to, String key, Function<Locale, Object[]> args) {
        var mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(to);
        mail.setSubject(text(key + ".subject", SWEDISH, args) + " / " + text(key + ".subject", Locale.ENGLISH, args));
        mail.setText(text(key + ".body", SWEDISH, args) + "\n\n----\n\n" + text(key + ".body", Locale.ENGLISH, args));
        sender.send(mail);
    }

    private String text(String key, Locale locale, Function<Locale, Object[]> args) {
        return messages.getMessage(key, args.apply(locale), locale);
    }
}
