package se.lofte.shared;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON in which records are stored and sealed (a promise's text and signatures, a follow-up's verdicts): a
 * mapper apart from the web layer's, so that a change to its settings can never change how stored text is read
 * back. Only record components are written: helpers such as {@code Goal.isNumeric()} are not data. A property it
 * does not know is passed over, so that text stored by another version still reads.
 */
public final class StoredJson {

    private StoredJson() {
    }

    /** A mapper so configured, for a module to keep as its own. */
    public static JsonMapper mapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultVisibility(visibility -> visibility
                        .withVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE))
                .build();
    }
}
