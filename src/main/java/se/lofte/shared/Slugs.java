package se.lofte.shared;

import java.text.Normalizer;
import java.util.Locale;

/** Readable URL segments from Swedish names: "Upplands Väsby" becomes "upplands-vasby". */
public final class Slugs {

    private Slugs() {
    }

    public static String of(String name) {
        String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
