package se.lofte.accounts;

import java.util.Set;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Turns a person the OpenID provider vouches for into the Löfte account with their e-mail address. Accounts
 * are made by invitation only, so an address no account has is refused, never turned into a new account.
 * The address must be one the provider has verified ({@code email_verified}); otherwise anyone who can
 * type someone else's address into their profile at the provider could sign in as them. Registrations
 * listed as trusted skip that check: for a municipality's own directory, where only the municipality
 * sets addresses, but which does not send the claim.
 */
final class StaffOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String UNKNOWN_EMAIL = "unknown-email";
    static final String UNVERIFIED_EMAIL = "unverified-email";
    static final String INACTIVE = "inactive";

    private final OidcUserService provider = new OidcUserService();
    private final Accounts accounts;
    private final Set<String> trustedRegistrations;

    StaffOidcUserService(Accounts accounts, Set<String> trustedRegistrations) {
        this.accounts = accounts;
        this.trustedRegistrations = Set.copyOf(trustedRegistrations);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return staff(request.getClientRegistration().getRegistrationId(), provider.loadUser(request));
    }

    /** The Löfte account behind what the provider said, with the authorities a password login gives it. */
    StaffOidcUser staff(String registrationId, OidcUser person) {
        String email = person.getEmail();
        if (email == null || email.isBlank()) {
            throw refusal(UNKNOWN_EMAIL);
        }
        if (!Boolean.TRUE.equals(person.getEmailVerified()) && !trustedRegistrations.contains(registrationId)) {
            throw refusal(UNVERIFIED_EMAIL);
        }
        String username = accounts.usernameByEmail(email).orElseThrow(() -> refusal(UNKNOWN_EMAIL));
        UserDetails account = accounts.loadUserByUsername(username);
        try {
            // Whatever the account says stops a password login stops this one too. A client refused after
            // wrong passwords (LoginAttempts) is not: the provider has just checked who the person is.
            new AccountStatusUserDetailsChecker().check(account);
        } catch (AccountStatusException e) {
            throw refusal(INACTIVE);
        }
        return new StaffOidcUser(account.getUsername(), account.getAuthorities(), person.getIdToken(),
                person.getUserInfo());
    }

    private static OAuth2AuthenticationException refusal(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code));
    }
}
