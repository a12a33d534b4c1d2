package se.lofte.citizenreports;

import java.util.Arrays;
import java.util.Optional;

/** Where a report stands, as residents read it. Åtgärdad and avslutad are closed (Open311 {@code closed}). */
public enum ReportStatus {
    MOTTAGEN, UNDER_BEHANDLING, ATGARDAD, AVSLUTAD;

    public boolean closed() {
        return this == ATGARDAD || this == AVSLUTAD;
    }

    /** The word in addresses and forms: {@code mottagen}, {@code under-behandling} … */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public String messageKey() {
        return "cr.status." + code();
    }

    public static Optional<ReportStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
