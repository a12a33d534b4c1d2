package se.lofte.progress.web;

import java.util.ArrayList;
import java.util.List;

import se.lofte.organisations.OrganisationId;
import se.lofte.progress.StaffUpdate;
import se.lofte.progress.UpdateKind;
import se.lofte.progress.UpdateText;

/** The update form's fields as typed, bound by Spring; kept as typed when the update is refused. */
public class UpdateForm {

    private String kind = UpdateKind.PROGRESS.name();
    private String title = "";
    private String text = "";
    private List<String> commitments = new ArrayList<>();
    private Long party;

    static UpdateForm of(StaffUpdate update) {
        UpdateForm form = new UpdateForm();
        form.kind = update.kind().name();
        form.title = update.title();
        form.text = update.text();
        form.commitments = new ArrayList<>(update.commitmentKeys());
        form.party = update.party().value();
        return form;
    }

    UpdateText toText() {
        UpdateKind chosen = "NOT_DONE".equals(kind) ? UpdateKind.NOT_DONE
                : "PROGRESS".equals(kind) ? UpdateKind.PROGRESS : null;
        return new UpdateText(chosen, title, text, commitments, party == null ? null : new OrganisationId(party));
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public List<String> getCommitments() {
        return commitments;
    }

    public void setCommitments(List<String> commitments) {
        this.commitments = commitments == null ? new ArrayList<>() : commitments;
    }

    public Long getParty() {
        return party;
    }

    public void setParty(Long party) {
        this.party = party;
    }
}
