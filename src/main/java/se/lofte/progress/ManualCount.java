package se.lofte.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import se.lofte.organisations.OrganisationId;

/** A count entered by hand: the value as of a day, for which party, who recorded it and when. */
public record ManualCount(long id, BigDecimal value, LocalDate asOf, OrganisationId party, String recordedBy,
                          OffsetDateTime recordedAt) {
}
