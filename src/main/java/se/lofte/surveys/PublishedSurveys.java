package se.lofte.surveys;

import java.util.List;

import org.springframework.stereotype.Service;

import se.lofte.organisations.Organisation;

/**
 * Which of a municipality's survey results are public, for pages of other modules that link to them (the promise
 * page). Withdrawing results takes the link away; {@link SurveyResultsChanged} tells the public site when.
 */
@Service
public class PublishedSurveys {

    private final SurveyRows surveys;

    PublishedSurveys(SurveyRows surveys) {
        this.surveys = surveys;
    }

    /** A year's published results and their public address. */
    public record Link(int year, String address) {
    }

    /** The public address of the municipality's results of the year: {@code /kommun/bengtsfors/trygghetsundersokning/2025}. */
    public static String address(String municipalitySlug, int year) {
        return "/kommun/" + municipalitySlug + "/trygghetsundersokning/" + year;
    }

    /** The years from {@code fromYear} to {@code toYear} (both included) with published results, oldest first; one read. */
    public List<Link> between(Organisation municipality, int fromYear, int toYear) {
        return surveys.publishedYears(municipality.id(), fromYear, toYear).stream()
                .map(year -> new Link(year, address(municipality.slug(), year))).toList();
    }
}
