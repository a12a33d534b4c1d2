package se.lofte.citizenreports.open311;

import java.util.Optional;

import org.springframework.http.MediaType;

/**
 * The two formats GeoReport v2 names, chosen by the resource's extension ({@code services.xml}). XML is the one
 * the specification requires, so an answer that cannot tell which format was asked for is written in XML.
 */
enum Open311Format {
    JSON("json", MediaType.parseMediaType("application/json;charset=UTF-8")),
    XML("xml", MediaType.parseMediaType("text/xml;charset=UTF-8"));

    private final String extension;
    private final MediaType mediaType;

    Open311Format(String extension, MediaType mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    String extension() {
        return extension;
    }

    MediaType mediaType() {
        return mediaType;
    }

    /** The content type as the discovery document lists it: without the charset. */
    String discoveryType() {
        return mediaType.getType() + "/" + mediaType.getSubtype();
    }

    static Optional<Open311Format> of(String extension) {
        for (Open311Format format : values()) {
            if (format.extension.equals(extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
