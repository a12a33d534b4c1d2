package se.lofte.citizenreports;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a resident may report. {@link #code()} is stable: it is in addresses and is the Open311 service code.
 * {@link #incidentCategory()} is the category the report's incident carries in the lägesbild, in Swedish as
 * every other incident category there.
 */
public enum ReportCategory {
    STORANDE_TRAFIK("storande-trafik", "Störande trafik"),
    NARKOTIKA("narkotika", "Narkotika"),
    NEDSKRAPNING("nedskrapning", "Nedskräpning"),
    BELYSNING("belysning", "Belysning"),
    SKADEGORELSE("skadegorelse", "Skadegörelse"),
    OTRYGG_PLATS("otrygg-plats", "Otrygg plats"),
    ANNAT("annat", "Annat");

    private final String code;
    private final String incidentCategory;

    ReportCategory(String code, String incidentCategory) {
        this.code = code;
        this.incidentCategory = incidentCategory;
    }

    public String code() {
        return code;
    }

    public String incidentCategory() {
        return incidentCategory;
    }

    /** The message key of the category's name ({@code cr.category.<code>}). */
    public String messageKey() {
        return "cr.category." + code;
    }

    public static Optional<ReportCategory> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
