package se.lofte.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;

import se.lofte.organisations.OrganisationId;

/**
 * Mails about the work to the people who hold a role in an organisation, such as a follow-up's editors and
 * signatories: plain text, Swedish first and English below, like the account mails, one mail per address, so that
 * nobody sees who else got it. Only active accounts with an address get one, each once however many of the roles
 * they hold. Sending throws {@link MailException}; never call it inside a database transaction.
 */
@Component
public class StaffMail {

    private final JdbcClient jdbc;
    private final AccountMail mail;

    StaffMail(JdbcClient jdbc, AccountMail mail) {
        this.jdbc = jdbc;
        this.mail = mail;
    }

    /**
     * Sends the mail {@code key} (texts {@code key.subject} and {@code key.body}, formatted with the arguments
     * {@code args} gives for each language) to everyone with one of the roles in the organisation. Returns how many
     * mails went.
     */
    public int send(OrganisationId organisation, Collection<Role> roles, String key, Function<Locale, Object[]> args) {
        List<String> addresses = addresses(organisation, roles);
        addresses.forEach(address -> mail.send(address, key, args));
        return addresses.size();
    }

    private List<String> addresses(OrganisationId organisation, Collection<Role> roles) {
        if (roles.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct a.email from account a join membership m on m.account_id = a.id"
                        + " where m.organisation_id = :organisation and m.role in (:roles)"
                        + " and a.email is not null and a.activated_at is not null order by a.email")
                .param("organisation", organisation.value()).param("roles", roles.stream().map(Role::name).toList())
                .query(String.class).list();
    }
}
