package se.lofte.citizenreports;

/** The public addresses of citizen reports, made in one place so that pages, mails and feeds link alike. */
public final class CitizenReportAddresses {

    private CitizenReportAddresses() {
    }

    public static String form(String slug) {
        return "/kommun/" + slug + "/rapportera";
    }

    public static String list(String slug) {
        return "/kommun/" + slug + "/rapporter";
    }

    public static String report(String slug, CitizenReportId id) {
        return list(slug) + "/" + id.value();
    }

    public static String photo(String slug, CitizenReportId id) {
        return report(slug, id) + "/foto.jpg";
    }
}
