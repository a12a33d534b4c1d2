package se.lofte.promises.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import se.lofte.shared.LofteProperties;

/**
 * The JSON Schema (draft 2020-12) of a published promise as the API serves it, kept in
 * {@code schemas/medborgarlofte-1.schema.json}. Its {@code $id} is its absolute address on this site, which is
 * known only from {@code lofte.base-url}: the file says the path, and the address is put in when it is read.
 * Public and unchanging while the application runs; the page cache keeps it like the rest of the open data.
 */
@RestController
@Tag(name = "Medborgarlöften")
class PromiseSchemaApi {

    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");
    private static final String ID_IN_FILE = "\"$id\": \"" + OpenData.SCHEMA_PATH + "\"";

    /** Bytes, not a String: a String converter would choose a charset for a type that is not plainly JSON. */
    private final byte[] schema;

    PromiseSchemaApi(LofteProperties properties) {
        String text = read("schemas/medborgarlofte-1.schema.json");
        if (!text.contains(ID_IN_FILE)) {
            throw new IllegalStateException("The promise schema must say " + ID_IN_FILE);
        }
        this.schema = text.replace(ID_IN_FILE, "\"$id\": \"" + OpenData.schemaAddress(properties) + "\"")
                .getBytes(StandardCharsets.UTF_8);
    }

    @GetMapping(path = OpenData.SCHEMA_PATH, produces = "application/schema+json")
    @Operation(summary = "The JSON Schema (draft 2020-12) of a published promise",
            description = "Describes /api/promises/{id}, each revision and each line of the JSON Lines download."
                    + " Clients must skip members they do not know. " + OpenData.LICENCE_NOTE)
    ResponseEntity<byte[]> schema(HttpServletResponse response) {
        OpenData.licence(response);
        return ResponseEntity.ok().contentType(SCHEMA_JSON).body(schema);
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The promise schema " + resource + " is missing from the build", e);
        }
    }
}
