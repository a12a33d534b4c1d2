package se.lofte.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseId;

/**
 * The public view of the stored measures. What is public is decided in SQL ({@code public_since <= now}),
 * so a held-back measure never leaves the database before its day; places are coarsened by
 * {@link PlaceWording} before a {@link PublicMeasure} is made, so the exact place of an area-only measure
 * never reaches a caller.
 */
@Service
class StoredMeasureTimeline implements MeasureTimeline {

    private final Measures measures;
    private final Kinds kinds;
    private final Organisations organisations;
    private final PlaceWording wording;

    StoredMeasureTimeline(Measures measures, Kinds kinds, Organisations organisations, PlaceWording wording) {
        this.measures = measures;
        this.kinds = kinds;
        this.organisations = organisations;
        this.wording = wording;
    }

    @Override
    public PublicMeasures forPromise(PromiseId promise, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return new PublicMeasures(toPublic(measures.publicOf(promise, at)), measures.heldBack(promise, at));
    }

    @Override
    public List<PublicMeasure> latest(Collection<PromiseId> promises, Instant now, int limit) {
        return toPublic(measures.latestPublic(promises, now.atOffset(ZoneOffset.UTC), limit));
    }

    @Override
    public List<PublicMeasure> latest(Instant now, int limit) {
        return toPublic(measures.latestPublic(null, now.atOffset(ZoneOffset.UTC), limit));
    }

    @Override
    public List<OutputTotal> outputTotals(PromiseId promise, String kindCode, String unit, LocalDate from, LocalDate to) {
        return measures.outputTotals(promise, kindCode, unit, from, to);
    }

    @Override
    public List<MeasureKind> kinds() {
        return kinds.all().stream().map(KindEntry::kind).toList();
    }

    private List<PublicMeasure> toPublic(List<StoredMeasure> stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        Map<String, MeasureKind> byCode = kinds().stream().collect(Collectors.toMap(MeasureKind::code,
                Function.identity()));
        Map<OrganisationId, String> names = organisations.findAll(stored.stream().map(StoredMeasure::responsible)
                        .distinct().toList()).stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        return stored.stream().map(m -> new PublicMeasure(m.id(), m.promise(), m.commitmentKeys(), m.start(), m.end(),
                byCode.get(m.kindCode()), names.getOrDefault(m.responsible(), ""),
                wording.forPublic(m.place(), m.areaOnly()), m.outputs(), m.description(), m.publicSince())).toList();
    }
}
