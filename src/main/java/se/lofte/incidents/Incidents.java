package se.lofte.incidents;

import org.springframework.stereotype.Service;

import se.lofte.incidents.sources.ImportFormat;

/** The incidents other modules count, list and report. */
@Service
public class Incidents {

    /**
     * The source of the incidents read from the police events API: what the police choose to tell, not how many
     * crimes there are, so pages that count them say so.
     */
    public static final String POLISEN_EVENTS_SOURCE = ImportFormat.POLISEN_EVENTS.word();
}
