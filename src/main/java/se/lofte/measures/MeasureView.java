package se.lofte.measures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseId;

/**
 * A measure as staff of the promise's parties see it: everything, with the exact place ({@code placeName},
 * null when it has none) and what residents are shown instead ({@code publicPlace}). {@code publicSince} is
 * when it becomes or became public. {@code outsidePeriod} is true for a measure stored before measures had to
 * lie within the promise's period ({@link PromisePeriod}) and lying outside it: it is neither counted by the
 * goals nor shown to residents.
 */
public record MeasureView(MeasureId id, PromiseId promise, List<String> commitmentKeys, LocalDate start, LocalDate end,
                          MeasureKind kind, OrganisationId responsible, String responsibleName, MeasurePlace place,
                          String placeName, String publicPlace, List<Output> outputs, String description,
                          LocalDate publicFrom, boolean areaOnly, OffsetDateTime publicSince, OffsetDateTime loggedAt,
                          String loggedBy, OffsetDateTime updatedAt, String updatedBy, List<Attachment> attachments,
                          boolean outsidePeriod) {

    public MeasureView {
        commitmentKeys = List.copyOf(commitmentKeys);
        outputs = List.copyOf(outputs);
        attachments = List.copyOf(attachments);
    }

    /** True while residents cannot see it yet. */
    public boolean heldBackAt(OffsetDateTime now) {
        return publicSince.isAfter(now);
    }
}
