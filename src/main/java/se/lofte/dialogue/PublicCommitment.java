package se.lofte.dialogue;

/** A commitment a meeting led to, as the public promise shows it: its title and its place on the promise page. */
public record PublicCommitment(String promiseTitle, String title, String address) {
}
