package se.lofte.accounts.web;

import java.util.List;

import se.lofte.accounts.ApiToken;

/** A token as the list and the "created" page show it, its texts in the page's language. */
public record TokenRow(long id, String name, String organisation, List<String> scopes, String created,
                       String createdBy, String expires, String lastUsed, ApiToken.Status status) {
}
