/**
 * E-mail subscriptions: residents follow one promise, or every promise of a municipality, and get a mail
 * for each update staff publish, each change of a goal's progress and each joint follow-up the parties publish.
 * Double opt-in (a single-use link, valid 7 days, confirmed by a button), one-click unsubscribe in every mail
 * (RFC 8058), and an outbox that sends after the news is committed and retries while the mail server is away.
 * The address is the only personal data kept, and only as long as the subscription lasts (see
 * docs/subscriptions.md).
 */
@ApplicationModule(allowedDependencies = {"accounts", "followup", "organisations", "progress", "promises", "shared"})
package se.lofte.subscriptions;

import org.springframework.modulith.ApplicationModule;
