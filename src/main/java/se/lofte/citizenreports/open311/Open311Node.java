package se.lofte.citizenreports.open311;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One answer of the API before it is written, so that the JSON and the XML of a resource come from the same
 * values and cannot drift apart. XML needs what JSON leaves out (the name of each item of a list, the root's
 * name), so a list carries its items' element name and {@link Open311Document} the root's.
 */
sealed interface Open311Node {

    /** A string; {@code null} is JSON's null and an empty element in XML. */
    record Text(String value) implements Open311Node {
    }

    /** A number; {@code null} as for text. */
    record Decimal(Double value) implements Open311Node {
    }

    /** A whole number, such as an error's code. */
    record Whole(long value) implements Open311Node {
    }

    record Flag(boolean value) implements Open311Node {
    }

    /** An object in JSON, child elements in XML, in this order. */
    record Fields(Map<String, Open311Node> fields) implements Open311Node {
        public Fields {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        }
    }

    /** An array in JSON; in XML one element named {@code item} per entry. */
    record Items(String item, List<Open311Node> items) implements Open311Node {
        public Items {
            items = List.copyOf(items);
        }
    }

    static Text text(String value) {
        return new Text(value);
    }

    static Decimal decimal(Double value) {
        return new Decimal(value);
    }

    /** Builds fields in the order they are added, as the specification lists them. */
    final class FieldsBuilder {
        private final Map<String, Open311Node> fields = new LinkedHashMap<>();

        FieldsBuilder put(String name, Open311Node value) {
            fields.put(name, value);
            return this;
        }

        FieldsBuilder text(String name, String value) {
            return put(name, new Text(value));
        }

        Fields build() {
            return new Fields(fields);
        }
    }

    static FieldsBuilder fields() {
        return new FieldsBuilder();
    }
}
