package se.lofte.citizenreports.open311;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.lofte.accounts.ApiScope;
import se.lofte.accounts.ApiToken;
import se.lofte.accounts.ApiTokenId;
import se.lofte.organisations.OrganisationId;

import static org.assertj.core.api.Assertions.assertThat;

/** Which POSTs without an Idempotency-Key count as the same submission. */
class SubmissionKeyTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void theSameFieldsTheSameDayAreOneSubmission() {
        assertThat(key(app(1), null, MONDAY, "Mopeder på torget")).isEqualTo(key(app(1), null, MONDAY, "Mopeder på torget"));
    }

    @Test
    void theSameFieldsAnotherDayAreANewReportOfAProblemThatCameBack() {
        assertThat(key(app(1), null, MONDAY, "Mopeder på torget"))
                .isNotEqualTo(key(app(1), null, MONDAY.plusDays(1), "Mopeder på torget"));
    }

    @Test
    void otherWordsOrAnotherClientAreAnotherSubmission() {
        assertThat(key(app(1), null, MONDAY, "Mopeder på torget")).isNotEqualTo(key(app(1), null, MONDAY, "Mopeder i parken"));
        assertThat(key(app(1), null, MONDAY, "Mopeder på torget")).isNotEqualTo(key(app(2), null, MONDAY, "Mopeder på torget"));
    }

    @Test
    void anIdempotencyKeyDecidesWhateverTheFieldsAndDay() {
        assertThat(key(app(1), "k-1", MONDAY, "Mopeder på torget")).isEqualTo(key(app(1), "k-1", MONDAY.plusDays(3), "Annat"));
        assertThat(key(app(1), "k-1", MONDAY, "Mopeder på torget")).isNotEqualTo(key(app(1), "k-2", MONDAY, "Mopeder på torget"));
    }

    private static String key(ApiToken token, String idempotencyKey, LocalDate day, String description) {
        return Open311Submissions.submissionKey(token, idempotencyKey, day, "1460", "storande-trafik", 58.97, 12.22,
                null, description, null);
    }

    private static ApiToken app(long id) {
        return new ApiToken(new ApiTokenId(id), "App", new OrganisationId(1), Set.of(ApiScope.REPORTS_WRITE),
                OffsetDateTime.parse("2026-01-01T00:00:00Z"), "admin", null, null, null);
    }
}
