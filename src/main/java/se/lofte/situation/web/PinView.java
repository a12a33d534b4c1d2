package se.lofte.situation.web;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;

import se.lofte.situation.LagesbildPin;
import se.lofte.situation.SituationAccess.Scope;
import se.lofte.situation.TrendSeries;
import se.lofte.situation.Trends;

/**
 * A pin as the document page renders it, one case per kind. A kind this version does not know (stored by
 * a newer one) becomes a link; a chart or table whose stored filter cannot be read says so.
 */
public sealed interface PinView {

    LagesbildPin pin();

    record Chart(LagesbildPin pin, TrendSeries series) implements PinView {
    }

    record Table(LagesbildPin pin, TrendSeries series) implements PinView {
    }

    record Link(LagesbildPin pin, String href) implements PinView {
    }

    record Unreadable(LagesbildPin pin) implements PinView {
    }

    /** The renderer per kind: adding a kind to PinKind makes this switch ask for its case. */
    static PinView of(LagesbildPin pin, Trends trends, Scope scope) {
        return pin.knownKind().<PinView>map(kind -> {
            Optional<TrendSeries> series = trends.pinned(pin, scope);
            return switch (kind) {
                case CHART -> series.<PinView>map(s -> new Chart(pin, s)).orElseGet(() -> new Unreadable(pin));
                case TABLE -> series.<PinView>map(s -> new Table(pin, s)).orElseGet(() -> new Unreadable(pin));
            };
        }).orElseGet(() -> new Link(pin, "/manage/situation/" + pin.kind().toLowerCase(java.util.Locale.ROOT)
                .replace('_', '-') + "?" + query(pin)));
    }

    /** The stored query as URL parameters, for views this version cannot draw itself. */
    private static String query(LagesbildPin pin) {
        try {
            Map<String, Object> map = tools.jackson.databind.json.JsonMapper.builder().build()
                    .readValue(pin.queryJson(), Map.class);
            return map.entrySet().stream().map(e -> UriUtils.encodeQueryParam(e.getKey(), "UTF-8") + "="
                    + UriUtils.encodeQueryParam(String.valueOf(e.getValue()), "UTF-8")).collect(Collectors.joining("&"));
        } catch (RuntimeException e) {
            return "";
        }
    }
}
