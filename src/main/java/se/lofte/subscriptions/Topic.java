package se.lofte.subscriptions;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseId;

/**
 * What a subscription follows: one published promise, or every promise a municipality is party to.
 * {@code name} is how residents recognise it (the promise's title, the municipality's name) and
 * {@code page} its public address.
 */
public sealed interface Topic {

    String name();

    String page();

    record OnePromise(PromiseId promise, String name, String page) implements Topic {
    }

    record Municipality(OrganisationId municipality, String name, String page) implements Topic {
    }
}
