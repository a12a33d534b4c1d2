package se.lofte.accounts;

/** Whom a one-time link belongs to, for greeting them and telling them their username. */
public record LinkHolder(String username, String displayName) {
}
