package se.lofte.measures;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseId;

/** A measure as it is stored, with its commitments and outputs; {@code id} is null before it is inserted. */
record StoredMeasure(MeasureId id, PromiseId promise, List<String> commitmentKeys, String kindCode,
                     OrganisationId responsible, LocalDate start, LocalDate end, MeasurePlace place,
                     List<Output> outputs, String description, LocalDate publicFrom, boolean areaOnly,
                     OffsetDateTime publicSince, OffsetDateTime loggedAt, String loggedBy, OffsetDateTime updatedAt,
                     String updatedBy) {

    StoredMeasure {
        commitmentKeys = List.copyOf(commitmentKeys);
        outputs = List.copyOf(outputs);
    }
}
