package se.lofte.promises.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The promise as typed into the staff form. Everything is kept as text so that whatever was typed,
 * valid or not, comes back to the editor unchanged beside its error message.
 */
public class PromiseForm {

    private int version;
    private Long policeId;
    private Long municipalityId;
    private List<Long> otherActorIds = new ArrayList<>();
    private String start = "";
    private String end = "";
    private String title = "";
    private String lead = "";
    private String situation = "";
    private List<CommitmentForm> commitments = new ArrayList<>();
    private List<GoalForm> goals = new ArrayList<>();
    private List<String> focusPlaces = new ArrayList<>();
    private List<Long> focusPlaceIds = new ArrayList<>();
    private String followUpFrequency = "";
    private String followUpConvener = "";
    private String followAlong = "";
    private List<SignatoryForm> signatories = new ArrayList<>();
    private String imageSha = "";
    private String imageContentType = "";
    private String imageAlt = "";
    private String imageCaption = "";
    private String imageCredit = "";
    private boolean removeImage;

    /** Drops rows left completely empty, so that adding a row and leaving it blank is not an error. */
    void dropBlankRows() {
        commitments.removeIf(CommitmentForm::blank);
        goals.removeIf(GoalForm::blank);
        focusPlaces.removeIf(p -> p == null || p.isBlank());
        signatories.removeIf(SignatoryForm::blank);
    }

    public static class CommitmentForm {
        private String key = "";
        private String title = "";
        private String text = "";
        private List<Long> responsible = new ArrayList<>();
        private List<Long> focusPlaceIds = new ArrayList<>();
        private String theme = "";

        boolean blank() {
            return isBlank(title) && isBlank(text);
        }

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public List<Long> getResponsible() { return responsible; }
        public void setResponsible(List<Long> responsible) { this.responsible = responsible; }
        public List<Long> getFocusPlaceIds() { return focusPlaceIds; }
        public void setFocusPlaceIds(List<Long> focusPlaceIds) { this.focusPlaceIds = focusPlaceIds; }
        public String getTheme() { return theme; }
        public void setTheme(String theme) { this.theme = theme; }
    }

    public static class GoalForm {
        private String key = "";
        private String kind = "QUALITATIVE";
        private Long owner;
        private String text = "";
        private String indicator = "";
        private String unit = "";
        private String baseline = "";
        private String target = "";
        private String direction = "INCREASE";
        private String deadline = "";

        boolean blank() {
            return isBlank(text) && isBlank(indicator) && isBlank(unit) && isBlank(baseline) && isBlank(target)
                    && isBlank(deadline);
        }

        public boolean numeric() {
            return "NUMERIC".equals(kind);
        }

        public String getKey() { return key; }
        public void setKey(String key) { this.key = key; }
        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public Long getOwner() { return owner; }
        public void setOwner(Long owner) { this.owner = owner; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getIndicator() { return indicator; }
        public void setIndicator(String indicator) { this.indicator = indicator; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getBaseline() { return baseline; }
        public void setBaseline(String baseline) { this.baseline = baseline; }
        public String getTarget() { return target; }
        public void setTarget(String target) { this.target = target; }
        public String getDirection() { return direction; }
        public void setDirection(String direction) { this.direction = direction; }
        public String getDeadline() { return deadline; }
        public void setDeadline(String deadline) { this.deadline = deadline; }
    }

    public static class SignatoryForm {
        private String name = "";
        private String role = "";
        private Long party;

        boolean blank() {
            return isBlank(name) && isBlank(role);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public Long getParty() { return party; }
        public void setParty(Long party) { this.party = party; }
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public Long getPoliceId() { return policeId; }
    public void setPoliceId(Long policeId) { this.policeId = policeId; }
    public Long getMunicipalityId() { return municipalityId; }
    public void setMunicipalityId(Long municipalityId) { this.municipalityId = municipalityId; }
    public List<Long> getOtherActorIds() { return otherActorIds; }
    public void setOtherActorIds(List<Long> otherActorIds) { this.otherActorIds = otherActorIds; }
    public String getStart() { return start; }
    public void setStart(String start) { this.start = start; }
    public String getEnd() { return end; }
    public void setEnd(String end) { this.end = end; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getLead() { return lead; }
    public void setLead(String lead) { this.lead = lead; }
    public String getSituation() { return situation; }
    public void setSituation(String situation) { this.situation = situation; }
    public List<CommitmentForm> getCommitments() { return commitments; }
    public void setCommitments(List<CommitmentForm> commitments) { this.commitments = commitments; }
    public List<GoalForm> getGoals() { return goals; }
    public void setGoals(List<GoalForm> goals) { this.goals = goals; }
    public List<String> getFocusPlaces() { return focusPlaces; }
    public void setFocusPlaces(List<String> focusPlaces) { this.focusPlaces = focusPlaces; }
    public List<Long> getFocusPlaceIds() { return focusPlaceIds; }
    public void setFocusPlaceIds(List<Long> focusPlaceIds) { this.focusPlaceIds = focusPlaceIds; }
    public String getFollowUpFrequency() { return followUpFrequency; }
    public void setFollowUpFrequency(String followUpFrequency) { this.followUpFrequency = followUpFrequency; }
    public String getFollowUpConvener() { return followUpConvener; }
    public void setFollowUpConvener(String followUpConvener) { this.followUpConvener = followUpConvener; }
    public String getFollowAlong() { return followAlong; }
    public void setFollowAlong(String followAlong) { this.followAlong = followAlong; }
    public List<SignatoryForm> getSignatories() { return signatories; }
    public void setSignatories(List<SignatoryForm> signatories) { this.signatories = signatories; }
    public String getImageSha() { return imageSha; }
    public void setImageSha(String imageSha) { this.imageSha = imageSha; }
    public String getImageContentType() { return imageContentType; }
    public void setImageContentType(String imageContentType) { this.imageContentType = imageContentType; }
    public String getImageAlt() { return imageAlt; }
    public void setImageAlt(String imageAlt) { this.imageAlt = imageAlt; }
    public String getImageCaption() { return imageCaption; }
    public void setImageCaption(String imageCaption) { this.imageCaption = imageCaption; }
    public String getImageCredit() { return imageCredit; }
    public void setImageCredit(String imageCredit) { this.imageCredit = imageCredit; }
    public boolean isRemoveImage() { return removeImage; }
    public void setRemoveImage(boolean removeImage) { this.removeImage = removeImage; }
}
