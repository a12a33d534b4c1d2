package se.lofte.measures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import se.lofte.promises.PromiseId;

/**
 * A measure as residents may see it: only once it is public, and with its place already coarsened to the
 * area when staff asked for that. {@code place} is null when the measure has no place. {@code end} equals
 * {@code start} for a measure of one day. {@code publicSince} is when it became visible: when it was logged,
 * or the day its publication delay ended, whichever is later.
 */
public record PublicMeasure(MeasureId id, PromiseId promise, List<String> commitmentKeys, LocalDate start,
                            LocalDate end, MeasureKind kind, String responsible, String place,
                            List<Output> outputs, String description, OffsetDateTime publicSince) {

    public PublicMeasure {
        commitmentKeys = List.copyOf(commitmentKeys);
        outputs = List.copyOf(outputs);
    }
}
