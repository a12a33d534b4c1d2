package se.lofte.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.lofte.organisations.Organisation;
import se.lofte.organisations.OrganisationId;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseId;
import se.lofte.promises.PublishedPromises;

/**
 * The public view of the stored measures. What is public is decided in SQL ({@code public_since <= now}),
 * so a held-back measure never leaves the database before its day; places are coarsened by
 * {@link PlaceWording} before a {@link PublicMeasure} is made, so the exact place of an area-only measure
 * never reaches a caller.
 *
 * <p>Residents see only the measures that lie within the period of the promise's latest published revision,
 * the period its goals count in ({@link PromisePeriod}). Showing a measure from before the first day, marked
 * as not counted, would also make the list and the goal agree; but the public list exists to show what was
 * done for this promise, and a measure outside its period was not: hiding it keeps every number residents see
 * (the list, "N more are delayed", the goals) about the same measures. Staff still see it, marked.
 */
@Service
class StoredMeasureTimeline implements MeasureTimeline {

    private final Measures measures;
    private final Kinds kinds;
    private final Organisations organisations;
    private final PlaceWording wording;
    private final PublishedPromises published;

    StoredMeasureTimeline(Measures measures, Kinds kinds, Organisations organisations, PlaceWording wording,
                          PublishedPromises published) {
        this.measures = measures;
        this.kinds = kinds;
        this.organisations = organisations;
        this.wording = wording;
        this.published = published;
    }

    @Override
    public PublicMeasures forPromise(PromiseId promise, PromisePeriod period, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return new PublicMeasures(toPublic(measures.publicOf(promise, at, period)),
                measures.heldBack(promise, at, period));
    }

    @Override
    public List<PublicMeasure> latest(Collection<PromiseId> promises, Instant now, int limit) {
        return toPublic(withinPeriods(n -> measures.latestPublic(promises, now.atOffset(ZoneOffset.UTC), n), limit));
    }

    @Override
    public List<PublicMeasure> latest(Instant now, int limit) {
        return toPublic(withinPeriods(n -> measures.latestPublic(null, now.atOffset(ZoneOffset.UTC), n), limit));
    }

    /** Where no published revision gives a period, nothing is left out here (the callers keep unpublished promises out). */
    private static final PromisePeriod ANY_DAY = new PromisePeriod(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));

    /**
     * The newest {@code limit} of the measures that lie within their promise's published period. Measures
     * outside it are few (only those stored before the rule), so more are asked for only while some were left out.
     */
    private List<StoredMeasure> withinPeriods(java.util.function.IntFunction<List<StoredMeasure>> newest, int limit) {
        Map<PromiseId, PromisePeriod> periods = new HashMap<>();
        for (int asked = limit; ; asked *= 4) {
            List<StoredMeasure> items = newest.apply(asked);
            List<PromiseId> unknown = items.stream().map(StoredMeasure::promise)
                    .filter(id -> !periods.containsKey(id)).distinct().toList();
            unknown.forEach(id -> periods.put(id, ANY_DAY));
            published.latest(unknown).forEach(r -> periods.put(r.promiseId(), PromisePeriod.of(r.content())));
            List<StoredMeasure> kept = new ArrayList<>();
            for (StoredMeasure m : items) {
                if (periods.get(m.promise()).contains(m.start(), m.end())) {
                    kept.add(m);
                }
            }
            if (kept.size() >= limit || items.size() < asked) {
                return kept.subList(0, Math.min(limit, kept.size()));
            }
        }
    }

    @Override
    public List<OutputTotal> outputTotals(PromiseId promise, String kindCode, String unit, LocalDate from, LocalDate to) {
        return measures.outputTotals(promise, kindCode, unit, from, to);
    }

    @Override
    public List<OutputUnit> outputUnits(PromiseId promise, String kindCode, LocalDate from, LocalDate to) {
        return measures.outputUnits(promise, kindCode, from, to);
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
