package se.lofte.measures;

import java.time.LocalDate;
import java.util.List;

import se.lofte.organisations.OrganisationId;

/**
 * A measure as staff write it. Outputs come as typed ("12,5" and "timmar"), so that the rules can name the
 * row that is wrong; rows left wholly empty are ignored. {@code end} null means one day. {@code publicFrom}
 * ("Publicera tidigast") null means public at once; {@code areaOnly} shows residents only the area around
 * the place. {@code newAttachments} are added, {@code removedAttachments} (ids) removed.
 */
public record MeasureInput(List<String> commitmentKeys, LocalDate start, LocalDate end, MeasurePlace place,
                           OrganisationId responsible, String kindCode, List<OutputLine> outputs, String description,
                           LocalDate publicFrom, boolean areaOnly, List<NewAttachment> newAttachments,
                           List<Long> removedAttachments) {

    public MeasureInput {
        commitmentKeys = commitmentKeys == null ? List.of() : List.copyOf(commitmentKeys);
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        newAttachments = newAttachments == null ? List.of() : List.copyOf(newAttachments);
        removedAttachments = removedAttachments == null ? List.of() : List.copyOf(removedAttachments);
        place = place == null ? MeasurePlace.nowhere() : place;
    }

    /** One output row as typed: a quantity (decimal comma or point) and its unit. */
    public record OutputLine(String quantity, String unit) {

        boolean empty() {
            return (quantity == null || quantity.isBlank()) && (unit == null || unit.isBlank());
        }
    }

    /** A file to keep with the measure for staff. */
    public record NewAttachment(String fileName, String contentType, byte[] data) {
    }
}
