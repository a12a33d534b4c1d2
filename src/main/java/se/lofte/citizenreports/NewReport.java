package se.lofte.citizenreports;

/**
 * What a resident (through the form or an Open311 client) sends. {@code latitude}/{@code longitude} (WGS84) or
 * {@code placeInWords} (an address or place name) or {@code districtId} (an area of the municipality) say where;
 * {@code whenItHappens}, {@code photo} and {@code email} are optional (null). {@code submissionKey} is unique per
 * submission: the same key sent again stores nothing new.
 */
public record NewReport(String municipalityCode, ReportCategory category, String description, Double latitude,
                        Double longitude, String placeInWords, String whenItHappens, byte[] photo, String email,
                        String submissionKey, Long districtId) {

    /** A report placed by a point or in words, without a chosen district. */
    public NewReport(String municipalityCode, ReportCategory category, String description, Double latitude,
                     Double longitude, String placeInWords, String whenItHappens, byte[] photo, String email,
                     String submissionKey) {
        this(municipalityCode, category, description, latitude, longitude, placeInWords, whenItHappens, photo, email,
                submissionKey, null);
    }
}
