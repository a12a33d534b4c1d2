package se.lofte.promises;

/**
 * The hashes that seal a published revision (defined in {@link RevisionHashing}): of its content, of the
 * revision before ({@code previous}, null for the first), and of the whole record, which covers both.
 * Publishing {@code record} elsewhere lets anyone check later that the chain up to it is unchanged.
 */
public record RevisionHashes(String content, String previous, String record) {
}
