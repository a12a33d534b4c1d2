package se.lofte.accounts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.MailException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.shared.EmailAddresses;
import se.lofte.shared.NotAllowed;
import se.lofte.shared.Problem;

/**
 * The people pages' public face: who sees whom, inviting people, and setting roles and the
 * system-administrator flag. Every method takes the acting staff member, read afresh from the database
 * on each request, so a role taken away stops working at once, and refuses with
 * {@link NotAllowed} what their rights do not allow (see {@link AccountRights}).
 */
@Service
public class PeopleManagement {

    private static final String NOT_ADMINISTRATOR = "Not an administrator of the organisation or of the system";

    private static final Logger log = LoggerFactory.getLogger(PeopleManagement.class);

    static final int NAME_MAX = 200;

    private final People people;
    private final Organisations organisations;
    private final OneTimeLinks links;
    private final AccountMail mail;
    private final TransactionTemplate transaction;
    private static final String SUBJECT = "account";

    /** Absent when running a command without a web server: there are no sessions to end then. */
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;
    private final AuditTrail auditTrail;

    PeopleManagement(People people, Organisations organisations, OneTimeLinks links, AccountMail mail,
                     TransactionTemplate transaction, AuditTrail auditTrail,
                     ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.auditTrail = auditTrail;
        this.people = people;
        this.organisations = organisations;
        this.links = links;
        this.mail = mail;
        this.transaction = transaction;
        this.sessions = sessions;
    }

    /** Everyone for a system administrator; the people of their organisations for an organisation administrator. */
    public List<Person> visibleTo(StaffMember staff) {
        requireManager(staff);
        if (staff.systemAdmin()) {
            return people.all();
        }
        Set<OrganisationId> own = staff.organisationsWhere(Role.ORGANISATION_ADMIN);
        return people.inOrganisations(own).stream().map(p -> p.onlyIn(own)).toList();
    }

    /** One person as this staff member may see them; empty when there is no such account. */
    public Optional<Person> find(AccountId id, StaffMember staff) {
        requireManager(staff);
        Optional<Person> person = people.find(id);
        if (person.isEmpty() || staff.systemAdmin()) {
            return person;
        }
        if (!AccountRights.sees(staff, person.get())) {
            throw new NotAllowed(NOT_ADMINISTRATOR);
        }
        return person.map(p -> p.onlyIn(staff.organisationsWhere(Role.ORGANISATION_ADMIN)));
    }

    /** The organisations whose roles this staff member may set: every one for a system administrator. */
    public List<Organisation> manageableOrganisations(StaffMember staff) {
        requireManager(staff);
        if (staff.systemAdmin()) {
            List<Organisation> all = new ArrayList<>();
            for (OrganisationKind kind : OrganisationKind.values()) {
                all.addAll(organisations.all(kind));
            }
            return all;
        }
        return organisations.findAll(staff.organisationsWhere(Role.ORGANISATION_ADMIN)).stream()
                .sorted(Comparator.comparing(Organisation::name)).toList();
    }

    /** Replaces the person's roles in one organisation (none removes them from it). */
    public List<Problem> setRoles(AccountId id, OrganisationId organisation, Set<Role> roles, StaffMember staff) {
        if (!AccountRights.manages(staff, organisation)) {
            throw new NotAllowed(NOT_ADMINISTRATOR);
        }
        Person person = find(id, staff).orElseThrow(() -> new NotAllowed(NOT_ADMINISTRATOR));
        if (organisations.find(organisation).isEmpty()) {
            return List.of(Problem.of("organisation", "acc.problem.organisationUnknown"));
        }
        var before = person.memberships().stream().filter(m -> m.organisation().equals(organisation))
                .map(m -> m.role().name()).sorted().toList();
        var after = roles.stream().map(Role::name).sorted().toList();
        transaction.executeWithoutResult(status -> {
            people.setRoles(id, organisation, roles);
            if (!before.equals(after)) {
                auditTrail.record(new AuditEvent(staff.username(), Set.of(organisation), SUBJECT, person.username(),
                        "roles_set", AuditEvent.json(before), AuditEvent.json(after)));
            }
        });
        return List.of();
    }

    /**
     * Makes a person a system administrator or not, the acting one included. Refused for the last one who
     * can sign in, since nobody could manage accounts or organisations after that. The person's sessions
     * end: the role is remembered in a session, and a flag taken away must stop working at once.
     */
    public List<Problem> setSystemAdmin(AccountId id, boolean systemAdmin, StaffMember staff) {
        if (!staff.systemAdmin()) {
            throw new NotAllowed(NOT_ADMINISTRATOR);
        }
        Person person = people.find(id).orElseThrow(() -> new NotAllowed(NOT_ADMINISTRATOR));
        List<Problem> problems = transaction.execute(status -> {
            if (!systemAdmin && person.systemAdmin() && person.status() != Person.Status.INVITED
                    && people.activeSystemAdministrators() <= 1) {
                return List.of(Problem.of("systemAdmin", "acc.problem.lastSystemAdmin"));
            }
            people.setSystemAdmin(id, systemAdmin);
            if (person.systemAdmin() != systemAdmin) {
                auditTrail.record(new AuditEvent(staff.username(), Set.of(), SUBJECT, person.username(),
                        "system_admin_set", AuditEvent.json(person.systemAdmin()), AuditEvent.json(systemAdmin)));
            }
            return List.<Problem>of();
        });
        if (problems.isEmpty() && person.systemAdmin() != systemAdmin) {
            sessions.ifAvailable(repository -> repository.findByPrincipalName(person.username()).keySet()
                    .forEach(repository::deleteById));
        }
        return problems;
    }

    /**
     * Invites a person to an organisation with roles. A new address gets a pending account and an e-mail
     * with a link to choose a password (valid seven days); an address with a pending account gets a new
     * link; an active account simply gets the roles. The database work is committed before the e-mail is
     * sent, so a slow mail server holds no transaction open; a failed send is returned, not hidden.
     */
    public InvitationResult invite(Invitation invitation, StaffMember staff) {
        requireManager(staff);
        if (invitation.organisation() != null && !AccountRights.manages(staff, invitation.organisation())) {
            throw new NotAllowed(NOT_ADMINISTRATOR);
        }
        List<Problem> problems = check(invitation);
        if (!problems.isEmpty()) {
            return new InvitationResult.Refused(problems);
        }
        String email = invitation.email().strip().toLowerCase(Locale.ROOT);
        Organisation organisation = organisations.find(invitation.organisation()).orElseThrow();
        record Prepared(AccountId id, String name, String token) {
        }
        Prepared prepared = transaction.execute(status -> {
            Optional<Person> existing = people.bySignInName(email);
            AccountId id = existing.map(Person::id)
                    .orElseGet(() -> people.createPending(email, invitation.displayName().strip()));
            people.addRoles(id, organisation.id(), invitation.roles());
            auditTrail.record(new AuditEvent(staff.username(), Set.of(organisation.id()), SUBJECT, email, "invited",
                    null, AuditEvent.json(invitation.roles().stream().map(Role::name).sorted().toList())));
            boolean pending = existing.map(p -> p.status() == Person.Status.INVITED).orElse(true);
            String name = existing.map(Person::displayName).orElse(invitation.displayName().strip());
            return new Prepared(id, name, pending ? links.issue(id, OneTimeLinks.Purpose.INVITATION) : null);
        });
        if (prepared.token() == null) {
            return new InvitationResult.RolesAdded(prepared.id(), email);
        }
        return send(prepared.id(), email, prepared.name(), staff.displayName(), organisation.name(), prepared.token());
    }

    /** A new invitation e-mail for someone who has not yet accepted; the earlier link stops working. */
    public InvitationResult resendInvitation(AccountId id, StaffMember staff) {
        Person person = find(id, staff).orElseThrow(() -> new NotAllowed(NOT_ADMINISTRATOR));
        if (person.status() != Person.Status.INVITED) {
            return new InvitationResult.AlreadyActive(id, person.displayName());
        }
        String organisation = person.organisations().stream()
                .filter(o -> AccountRights.manages(staff, o)).findFirst()
                .flatMap(organisations::find).map(Organisation::name).orElse("Löfte");
        String token = transaction.execute(status -> links.issue(id, OneTimeLinks.Purpose.INVITATION));
        return send(id, person.email(), person.displayName(), staff.displayName(), organisation, token);
    }

    private InvitationResult send(AccountId id, String email, String name, String inviter, String organisation,
                                  String token) {
        try {
            mail.sendInvitation(email, name, inviter, organisation, token);
            return new InvitationResult.Sent(id, email);
        } catch (MailException e) {
            log.warn("The invitation to account {} could not be sent", id, e);
            return new InvitationResult.NotSent(id, email, NestedExceptionUtils.getMostSpecificCause(e).getMessage(),
                    mail.invitationLink(token));
        }
    }

    private List<Problem> check(Invitation invitation) {
        List<Problem> problems = new ArrayList<>();
        String email = invitation.email() == null ? "" : invitation.email().strip();
        if (email.isEmpty()) {
            problems.add(Problem.of("email", "acc.problem.emailRequired"));
        } else {
            EmailAddresses.problem("email", email).ifPresent(problems::add);
        }
        String name = invitation.displayName() == null ? "" : invitation.displayName().strip();
        if (name.isEmpty()) {
            problems.add(Problem.of("displayName", "acc.problem.nameRequired"));
        } else if (name.length() > NAME_MAX) {
            problems.add(Problem.of("displayName", "problem.tooLong", Integer.toString(NAME_MAX)));
        }
        if (invitation.organisation() == null || organisations.find(invitation.organisation()).isEmpty()) {
            problems.add(Problem.of("organisation", "acc.problem.organisationRequired"));
        }
        if (invitation.roles().isEmpty()) {
            problems.add(Problem.of("roles", "acc.problem.rolesRequired"));
        }
        return problems;
    }

    private static void requireManager(StaffMember staff) {
        if (!AccountRights.managesAnyone(staff)) {
            throw new NotAllowed(NOT_ADMINISTRATOR);
        }
    }
}
