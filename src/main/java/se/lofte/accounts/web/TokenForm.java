package se.lofte.accounts.web;

import java.util.Set;

/** The new-token form as the person filled it in, kept as text so a mistake shows again as they wrote it. */
public record TokenForm(String name, String organisation, Set<String> scopes, String expires) {

    public TokenForm {
        scopes = Set.copyOf(scopes);
    }
}
