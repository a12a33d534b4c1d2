package se.lofte.citizenreports;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import se.lofte.accounts.MailQuota;
import se.lofte.organisations.Organisations;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.SiteAddress;

/**
 * The mail to a reporter who left an address when their report's status or answer changes: plain text, Swedish
 * first and English below, like Löfte's other mails, within the per-address quota of {@link MailQuota}. It links
 * to the report's public page (absolutely, at {@code lofte.base-url}) once the report is published. Sent after the
 * change is committed and never inside a transaction; a mail that fails is logged and the change stands.
 */
@Component
class StatusMails {

    private static final Logger log = LoggerFactory.getLogger(StatusMails.class);
    private static final Locale SWEDISH = Locale.of("sv");

    private final JavaMailSender sender;
    private final MessageSource messages;
    private final MailQuota quota;
    private final Organisations organisations;
    private final String from;
    private final SiteAddress site;

    StatusMails(JavaMailSender sender, MessageSource messages, MailQuota quota, Organisations organisations,
                LofteProperties properties) {
        this.sender = sender;
        this.messages = messages;
        this.quota = quota;
        this.organisations = organisations;
        this.from = properties.mail().from();
        this.site = properties.site();
    }

    void statusChanged(StoredReport report) {
        if (report.email() == null || !quota.take(report.email())) {
            return;
        }
        String link = report.moderation() == Moderation.PUBLISHED ? organisations.find(report.organisation())
                .map(m -> site.absolute(CitizenReportAddresses.report(m.slug(), report.id()))).orElse(null) : null;
        var mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(report.email());
        mail.setSubject(text("cr.mail.status.subject", SWEDISH, report, link) + " / "
                + text("cr.mail.status.subject", Locale.ENGLISH, report, link));
        mail.setText(body(SWEDISH, report, link) + "\n\n----\n\n" + body(Locale.ENGLISH, report, link));
        try {
            sender.send(mail);
        } catch (MailException e) {
            // The address stays out of the log.
            log.warn("The status mail of citizen report {} could not be sent: {}", report.id(), e.getMessage());
        }
    }

    private String body(Locale locale, StoredReport report, String link) {
        StringBuilder body = new StringBuilder(text("cr.mail.status.body", locale, report, link));
        if (report.answer() != null) {
            body.append("\n\n").append(text("cr.mail.status.answer", locale, report, link));
        }
        if (report.closedReason() != null) {
            body.append("\n\n").append(text("cr.mail.status.closedReason", locale, report, link));
        }
        body.append("\n\n").append(text(link == null ? "cr.mail.status.notPublic" : "cr.mail.status.link", locale,
                report, link));
        return body.toString();
    }

    private String text(String key, Locale locale, StoredReport report, String link) {
        String status = messages.getMessage(report.status().messageKey(), null, locale);
        return messages.getMessage(key, new Object[] {report.id().toString(), status, report.answer(),
                report.closedReason(), link}, locale);
    }
}
