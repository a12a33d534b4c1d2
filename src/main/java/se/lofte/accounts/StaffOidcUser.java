package se.lofte.accounts;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A staff member signed in through their organisation's OpenID provider. Named by their Löfte username,
 * not by the provider's subject, so that every page that asks {@code Principal.getName()} finds the same
 * account as after a password login.
 */
final class StaffOidcUser extends DefaultOidcUser {

    private final String username;

    StaffOidcUser(String username, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
                  OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo);
        this.username = username;
    }

    @Override
    public String getName() {
        return username;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffOidcUser that && super.equals(that) && username.equals(that.username);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + username.hashCode();
    }
}
