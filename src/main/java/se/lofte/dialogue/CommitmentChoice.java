package se.lofte.dialogue;

/** A commitment staff may tie a meeting to: "Medborgarlöfte 2027: 2. Belysning". */
public record CommitmentChoice(CommitmentRef ref, String promiseTitle, String label) {
}
