package se.lofte.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.lofte.organisations.OrganisationKind;
import se.lofte.organisations.Organisations;
import se.lofte.promises.PromiseContent;
import se.lofte.promises.PublishedPromises;
import se.lofte.promises.PublishedRevision;
import se.lofte.shared.Dates;
import se.lofte.shared.LofteProperties;
import se.lofte.shared.Numbers;
import se.lofte.shared.SiteAddress;

/**
 * Writes the texts that carry an update to social media and the press. The post holds at most
 * {@link #POST_MAX} characters with the link to the promise's public page; the press release follows the
 * usual order: heading, place and date, lead, body, facts about the promise and its goals, contacts.
 */
@Component
class Announcements {

    static final int POST_MAX = 280;
    private static final Locale SWEDISH = Locale.of("sv");

    private final PublishedPromises published;
    private final Organisations organisations;
    private final MessageSource messages;
    private final SiteAddress site;

    Announcements(PublishedPromises published, Organisations organisations, MessageSource messages,
                  LofteProperties properties) {
        this.published = published;
        this.organisations = organisations;
        this.messages = messages;
        this.site = properties.site();
    }

    Announcement of(StaffUpdate update, PublishedRevision revision, List<GoalProgress> goals, LocalDate today) {
        String link = site.absolute(published.address(revision.content()).orElse("/"));
        return new Announcement(post(update, link), pressRelease(update, revision.content(), goals, link, today));
    }

    static String post(StaffUpdate update, String link) {
        String heading = (update.kind() == UpdateKind.NOT_DONE ? "Det här blev inte gjort: " : "") + update.title();
        String text = oneLine(heading + " – " + update.text());
        int room = POST_MAX - link.length() - 1;
        return cut(text, room) + " " + link;
    }

    private String pressRelease(StaffUpdate update, PromiseContent c, List<GoalProgress> goals, String link,
                                LocalDate today) {
        String place = c.parties().stream().filter(p -> p.kind() == OrganisationKind.MUNICIPALITY).findFirst()
                .flatMap(p -> organisations.find(p.id())).map(o -> o.shortName()).orElse("");
        LocalDate day = update.publishedAt() == null ? today
                : update.publishedAt().atZoneSameInstant(Dates.SWEDEN).toLocalDate();
        String parties = and(c.parties().stream().map(PromiseContent.Party::name).toList());
        List<String> paragraphs = List.of(update.text().strip().split("\\R\\s*\\R"));
        StringBuilder out = new StringBuilder();
        out.append("PRESSMEDDELANDE\n\n").append(update.title()).append("\n\n");
        out.append(place.isEmpty() ? "" : place + ", ").append(Dates.day(day, SWEDISH)).append(" – ")
                .append(oneLine(paragraphs.getFirst())).append("\n\n");
        for (String paragraph : paragraphs.subList(1, paragraphs.size())) {
            out.append(paragraph.strip()).append("\n\n");
        }
        out.append("Om medborgarlöftet\n");
        out.append(c.title()).append(" är ett medborgarlöfte mellan ").append(parties).append(" för ")
                .append(c.periodLabel()).append(".");
        if (c.lead() != null && !c.lead().isBlank()) {
            out.append(" ").append(oneLine(c.lead()));
        }
        out.append("\n");
        Map<String, PromiseContent.Commitment> commitments = c.commitments().stream()
                .collect(Collectors.toMap(PromiseContent.Commitment::key, m -> m));
        if (!update.commitmentKeys().isEmpty()) {
            out.append("Uppdateringen gäller ").append(update.commitmentKeys().size() == 1 ? "åtagandet " : "åtagandena ")
                    .append(and(update.commitmentKeys().stream().filter(commitments::containsKey)
                            .map(k -> (c.commitments().indexOf(commitments.get(k)) + 1) + ". "
                                    + commitments.get(k).title()).toList()))
                    .append(".\n");
        }
        Map<String, GoalProgress> byKey = goals.stream().collect(Collectors.toMap(GoalProgress::goalKey, g -> g));
        List<PromiseContent.Goal> numeric = c.goals().stream().filter(g -> byKey.containsKey(g.key())).toList();
        if (!numeric.isEmpty()) {
            out.append("Målen i dag:\n");
            for (PromiseContent.Goal goal : numeric) {
                GoalProgress progress = byKey.get(goal.key());
                out.append("– ").append(oneLine(goal.text())).append(" ");
                if (progress.value() != null) {
                    out.append(number(progress.value())).append(" ").append(goal.numeric().unit())
                            .append(" av ").append(number(goal.numeric().target())).append(", ");
                }
                out.append(messages.getMessage("progress.status." + progress.status().name(), null, SWEDISH))
                        .append(".\n");
            }
        }
        out.append("Hela löftet: ").append(link).append("\n\n");
        out.append("Kontakt\n");
        c.parties().forEach(p -> out.append(p.name()).append("\n"));
        return out.toString().strip() + "\n";
    }

    private static String number(BigDecimal value) {
        return value == null ? "–" : Numbers.swedish(value);
    }

    /** "a", "a och b", "a, b och c". */
    static String and(List<String> items) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " och " + items.getLast();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** The text cut at a word to at most {@code max} characters, with an ellipsis when cut. */
    static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = text.lastIndexOf(' ', max - 1);
        String kept = (end > max / 2 ? text.substring(0, end) : text.substring(0, max - 1)).strip();
        return kept + "…";
    }
}
