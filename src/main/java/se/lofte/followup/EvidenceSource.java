package se.lofte.followup;

import java.util.List;

/**
 * Where the evidence beside a verdict comes from: what the system holds about a commitment or goal over the
 * follow-up's period. Every source is a Spring bean; the follow-up knows sources only through this interface, so a
 * module added later (resident surveys, dialogue meetings) brings its evidence by declaring a bean, without this
 * module knowing it. Sources are asked in bean order ({@link org.springframework.core.annotation.Order}).
 *
 * <p>What a source gives is published with the follow-up, sealed, and shown to residents: it must hold only what
 * residents may see at {@link EvidenceRequest#now()} (public measures, published updates, counts with small ones
 * suppressed), in plain words in Swedish and English.
 */
public interface EvidenceSource {

    /** The evidence on the request's commitments and goals; several lines per item, or none, in reading order. */
    List<Evidence> evidence(EvidenceRequest request);
}
