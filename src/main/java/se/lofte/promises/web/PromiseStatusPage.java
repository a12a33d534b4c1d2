package se.lofte.promises.web;

import java.util.Optional;

import se.lofte.accounts.StaffMember;
import se.lofte.promises.PromiseView;
import se.lofte.shared.FieldErrors;
import se.lofte.shared.Problem;

/**
 * The staff page of one promise and its way to publication: its state, what is unfinished, the parties'
 * signatures (with a form for each party the staff member signs for), the name to publish under, and the
 * notice or refusal of the last step taken. {@code publicUrl} is empty until the promise has an address on
 * the public site.
 */
public record PromiseStatusPage(PromiseView promise, FieldErrors unfinished, String publisherName,
                                Optional<String> publicUrl, StaffMember staff, Optional<String> notice,
                                Optional<Problem> refusal) {
}
