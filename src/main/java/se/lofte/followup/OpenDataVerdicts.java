package se.lofte.followup;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.lofte.promises.PublishedRevision;
import se.lofte.promises.PublishedVerdicts;

/** The published follow-up for the open data of the promises module, read as the public page reads it. */
@Component
class OpenDataVerdicts implements PublishedVerdicts {

    @Override
    public Optional<FollowUpFacts> latest(List<PublishedRevision> revisions, int upTo) {
        return PublishedFollowUp.latest(revisions, upTo).map(f -> new FollowUpFacts(f.kind().name(), f.year(),
                f.revision(), f.publishedAt(), f.items().stream().map(i -> new FollowUpFacts.Item(i.kind().name(),
                        i.key(), i.verdict().name(), i.reason() == null ? null : i.reason().name(),
                        i.explanation())).toList()));
    }
}
