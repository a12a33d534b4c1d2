package se.lofte.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.mail.MailException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.shared.Problem;

/**
 * Choosing a password through a one-time link: accepting an invitation (which activates the account) or
 * resetting a forgotten password. A link is checked when its page is shown and used up only when a
 * password that keeps the rules is saved, so a refused password does not spend the link.
 */
@Service
public class PasswordLinks implements AutoCloseable {

    /** The shortest password allowed, for the hint beside the field. */
    public static final int PASSWORD_MIN_LENGTH = PasswordPolicy.MIN_LENGTH;

    private static final Logger log = LoggerFactory.getLogger(PasswordLinks.class);

    private final People people;
    private final OneTimeLinks links;
    private final AccountMail mail;
    private final MailQuota quota;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    // Reset e-mails go out after the answer: the answer then takes as long whether or not the address has
    // an account, so its timing does not tell who has one.
    private final SimpleAsyncTaskExecutor background = new SimpleAsyncTaskExecutor("password-reset-mail-");

    PasswordLinks(People people, OneTimeLinks links, AccountMail mail, MailQuota quota, PasswordEncoder passwords,
                  TransactionTemplate transaction) {
        this.people = people;
        this.links = links;
        this.mail = mail;
        this.quota = quota;
        this.passwords = passwords;
        this.transaction = transaction;
        background.setVirtualThreads(true);
        background.setTaskTerminationTimeout(10_000);
    }

    /** The invited person behind a valid invitation link. */
    public Optional<LinkHolder> invitee(String token) {
        return holder(token, OneTimeLinks.Purpose.INVITATION);
    }

    /** Sets the invited person's first password and activates the account. */
    public PasswordChange acceptInvitation(String token, String password, String repeated) {
        return change(token, OneTimeLinks.Purpose.INVITATION, password, repeated);
    }

    /**
     * Sends a reset link (valid one hour) if an active account has this address and the address's
     * {@link MailQuota} allows another mail; does nothing visible otherwise, so the answer never tells
     * whether an address has an account. A request over the quota leaves the last link working.
     */
    public void requestReset(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        Optional<Person> person = people.bySignInName(address)
                .filter(p -> address.equals(p.email()) && p.status() != Person.Status.INVITED);
        if (person.isEmpty() || !quota.take(address)) {
            return;
        }
        Person holder = person.get();
        String token = transaction.execute(status -> links.issue(holder.id(), OneTimeLinks.Purpose.PASSWORD_RESET));
        background.execute(() -> {
            try {
                mail.sendPasswordReset(holder.email(), holder.displayName(), token);
            } catch (MailException e) {
                // Nobody waits for this answer and telling the requester would reveal the account, so the
                // operators must see it in the log.
                log.error("The password reset e-mail for account {} could not be sent", holder.id(), e);
            }
        });
    }

    /** The person behind a valid reset link. */
    public Optional<LinkHolder> resetHolder(String token) {
        return holder(token, OneTimeLinks.Purpose.PASSWORD_RESET);
    }

    /** Sets a new password; also lifts a lock-out, since the person has proved they hold the address. */
    public PasswordChange reset(String token, String password, String repeated) {
        return change(token, OneTimeLinks.Purpose.PASSWORD_RESET, password, repeated);
    }

    private Optional<LinkHolder> holder(String token, OneTimeLinks.Purpose purpose) {
        return links.peek(token, purpose).flatMap(people::find)
                .map(p -> new LinkHolder(p.username(), p.displayName()));
    }

    private PasswordChange change(String token, OneTimeLinks.Purpose purpose, String password, String repeated) {
        Optional<Person> person = links.peek(token, purpose).flatMap(people::find);
        if (person.isEmpty()) {
            return new PasswordChange.LinkInvalid();
        }
        List<Problem> problems = ShippedPolicy.POLICY.check(password, repeated, person.get().username(), person.get().email());
        if (!problems.isEmpty()) {
            return new PasswordChange.Refused(problems);
        }
        // Hashed before the transaction: bcrypt takes a noticeable part of a second.
        String hash = passwords.encode(password);
        boolean done = transaction.execute(status -> {
            if (!links.use(token, purpose)) {
                return false;
            }
            people.activate(person.get().id(), hash);
            return true;
        });
        return done ? new PasswordChange.Done() : new PasswordChange.LinkInvalid();
    }

    @Override
    public void close() {
        background.close();
    }

    /**
     * The policy with the shipped list of 44,000 common passwords, read when a password is first chosen rather
     * than at every start, where it held up the first page (the JVM initialises this class on first use, once).
     */
    private static final class ShippedPolicy {
        static final PasswordPolicy POLICY = new PasswordPolicy(CommonPasswords.shipped());
    }
}
