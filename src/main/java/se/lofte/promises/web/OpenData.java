package se.lofte.promises.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

import se.lofte.shared.LofteProperties;

/**
 * What every open-data answer has in common: its licence, CC0 1.0, said in a {@code Link} header (RFC 8288)
 * so that harvesters that read headers only see it, and the addresses of the schema and the bulk files.
 */
final class OpenData {

    static final String LICENCE = "https://creativecommons.org/publicdomain/zero/1.0/";
    /** For the OpenAPI description, where users of the API meet the licence. */
    static final String LICENCE_NOTE = "The data is free to use under CC0 1.0 (" + LICENCE + ").";
    static final String SCHEMA_PATH = "/api/schemas/medborgarlofte-1.json";
    static final String JSON_LINES_PATH = "/api/bulk/medborgarloften.jsonl";
    static final String CSV_PATH = "/api/bulk/medborgarloften.csv";

    private OpenData() {
    }

    /** The schema's absolute address: its {@code $id}, and the {@code $schema} of every promise document. */
    static String schemaAddress(LofteProperties properties) {
        return properties.site().absolute(SCHEMA_PATH);
    }

    static void licence(HttpServletResponse response) {
        response.setHeader(HttpHeaders.LINK, "<" + LICENCE + ">; rel=\"license\"");
    }
}
