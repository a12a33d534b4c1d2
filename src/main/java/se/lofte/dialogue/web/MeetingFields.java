package se.lofte.dialogue.web;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.lofte.dialogue.CommitmentRef;
import se.lofte.dialogue.Meeting;
import se.lofte.dialogue.MeetingForm;
import se.lofte.dialogue.MeetingInput;
import se.lofte.dialogue.MeetingPhoto;
import se.lofte.dialogue.ParticipantGroup;
import se.lofte.organisations.OrganisationId;
import se.lofte.promises.PromiseId;
import se.lofte.shared.Dates;
import se.lofte.shared.Problem;
import se.lofte.shared.Typed;

/**
 * The meeting form as posted: every field as text, so that what was typed comes back unchanged when something
 * is refused. Participants are posted as {@code participants[boende]}, stored photos as {@code photos[3].alt}
 * and {@code photos[3].remove} by their id, commitments as {@code 12:c1} (promise and key).
 */
public class MeetingFields {

    private String title = "";
    private String form = "";
    private String day = "";
    private String start = "";
    private String end = "";
    private String place = "";
    private String area = "";
    private List<String> organisers = new ArrayList<>();
    private String organisersText = "";
    private Map<String, String> participants = new LinkedHashMap<>();
    private String topics = "";
    private String summary = "";
    private boolean cancelled;
    private List<String> commitments = new ArrayList<>();
    private Map<String, StoredPhoto> photos = new LinkedHashMap<>();
    private String newPhotoAlt = "";

    /** A stored photo's fields: its alternative text, and whether to remove it. */
    public static class StoredPhoto {
        private String alt = "";
        private boolean remove;

        public String getAlt() {
            return alt;
        }

        public void setAlt(String alt) {
            this.alt = alt == null ? "" : alt;
        }

        public boolean isRemove() {
            return remove;
        }

        public void setRemove(boolean remove) {
            this.remove = remove;
        }
    }

    static MeetingFields blank(String today) {
        MeetingFields fields = new MeetingFields();
        fields.day = today;
        return fields;
    }

    static MeetingFields of(Meeting m) {
        MeetingFields fields = new MeetingFields();
        var starts = m.startsAt().atZoneSameInstant(Dates.SWEDEN);
        var ends = m.endsAt().atZoneSameInstant(Dates.SWEDEN);
        fields.title = m.title();
        fields.form = m.form().code();
        fields.day = starts.toLocalDate().toString();
        fields.start = starts.toLocalTime().toString();
        fields.end = ends.toLocalTime().toString();
        fields.place = m.place();
        fields.area = m.areaId() == null ? "" : Long.toString(m.areaId());
        fields.organisers = new ArrayList<>(m.organisers().stream().map(o -> Long.toString(o.value())).toList());
        fields.organisersText = m.organisersText();
        m.participants().forEach((group, count) -> fields.participants.put(group.code(), Integer.toString(count)));
        fields.topics = String.join("\n", m.topics());
        fields.summary = m.summary();
        fields.cancelled = m.cancelled();
        fields.commitments = new ArrayList<>(m.commitments().stream().map(CommitmentRef::token).toList());
        for (MeetingPhoto photo : m.photos()) {
            StoredPhoto stored = new StoredPhoto();
            stored.alt = photo.alt();
            fields.photos.put(Long.toString(photo.id()), stored);
        }
        return fields;
    }

    /**
     * The input for the service, with a problem at each field that cannot be read: a day, a time ({@code 18:30}),
     * a count or a choice the form never offered.
     */
    MeetingInput toInput(MeetingInput.NewPhoto newPhoto, List<Problem> problems) {
        var chosenForm = MeetingForm.of(form);
        if (!form.isEmpty() && chosenForm.isEmpty()) {
            problems.add(Problem.of("form", "dialogue.problem.form"));
        }
        Map<ParticipantGroup, Integer> counts = new LinkedHashMap<>();
        for (ParticipantGroup group : ParticipantGroup.values()) {
            String typed = Typed.text(participants.get(group.code())).replace(" ", "");
            if (typed.isEmpty()) {
                continue;
            }
            Integer count = Typed.integer(typed);
            if (count == null) {
                problems.add(Problem.of("participants[" + group.code() + "]", "dialogue.problem.countUnreadable"));
            } else {
                counts.put(group, count);
            }
        }
        List<MeetingInput.KeptPhoto> kept = new ArrayList<>();
        photos.forEach((id, photo) -> {
            // Not a number: not a photo the form offered, so nothing to keep or remove.
            Long photoId = Typed.wholeNumber(id);
            if (photoId != null) {
                kept.add(new MeetingInput.KeptPhoto(photoId, photo.alt, photo.remove));
            }
        });
        return new MeetingInput(title, chosenForm.orElse(null), Dates.field("day", day, problems),
                time("start", start, problems), time("end", end, problems), place, id("area", area, problems),
                organisers(problems), organisersText, counts, topics, summary, cancelled, commitmentRefs(problems),
                newPhoto, kept);
    }

    private static LocalTime time(String field, String typed, List<Problem> problems) {
        String text = Typed.text(typed).replace('.', ':');
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(field, "dialogue.problem.time"));
            return null;
        }
    }

    private static Long id(String field, String typed, List<Problem> problems) {
        Long id = Typed.wholeNumber(typed);
        if (id == null && !Typed.text(typed).isEmpty()) {
            problems.add(Problem.of(field, "dialogue.problem." + field));
        }
        return id;
    }

    private List<OrganisationId> organisers(List<Problem> problems) {
        List<OrganisationId> ids = new ArrayList<>();
        for (String organiser : organisers) {
            Long id = id("organisers", organiser, problems);
            if (id != null) {
                ids.add(new OrganisationId(id));
            }
        }
        return ids;
    }

    private List<CommitmentRef> commitmentRefs(List<Problem> problems) {
        List<CommitmentRef> refs = new ArrayList<>();
        for (String token : commitments) {
            int colon = token == null ? -1 : token.indexOf(':');
            try {
                refs.add(new CommitmentRef(new PromiseId(Long.parseLong(token.substring(0, colon))),
                        token.substring(colon + 1)));
            } catch (RuntimeException e) {
                problems.add(Problem.of("commitments", "dialogue.problem.commitmentNotOffered"));
            }
        }
        return refs;
    }

    public boolean organiser(String id) {
        return organisers.contains(id);
    }

    public boolean committed(String token) {
        return commitments.contains(token);
    }

    public String participants(String group) {
        return participants.getOrDefault(group, "");
    }

    public StoredPhoto photo(long id) {
        return photos.getOrDefault(Long.toString(id), new StoredPhoto());
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title == null ? "" : title;
    }

    public String getForm() {
        return form;
    }

    public void setForm(String form) {
        this.form = form == null ? "" : form;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day == null ? "" : day;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start == null ? "" : start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end == null ? "" : end;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place == null ? "" : place;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area == null ? "" : area;
    }

    public List<String> getOrganisers() {
        return organisers;
    }

    public void setOrganisers(List<String> organisers) {
        this.organisers = organisers == null ? new ArrayList<>() : new ArrayList<>(organisers);
    }

    public String getOrganisersText() {
        return organisersText;
    }

    public void setOrganisersText(String organisersText) {
        this.organisersText = organisersText == null ? "" : organisersText;
    }

    public Map<String, String> getParticipants() {
        return participants;
    }

    public void setParticipants(Map<String, String> participants) {
        this.participants = participants == null ? new LinkedHashMap<>() : new LinkedHashMap<>(participants);
    }

    public String getTopics() {
        return topics;
    }

    public void setTopics(String topics) {
        this.topics = topics == null ? "" : topics;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary == null ? "" : summary;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public void setCancelled(boolean cancelled) {
        this.cancelled = cancelled;
    }

    public List<String> getCommitments() {
        return commitments;
    }

    public void setCommitments(List<String> commitments) {
        this.commitments = commitments == null ? new ArrayList<>() : new ArrayList<>(commitments);
    }

    public Map<String, StoredPhoto> getPhotos() {
        return photos;
    }

    public void setPhotos(Map<String, StoredPhoto> photos) {
        this.photos = photos == null ? new LinkedHashMap<>() : new LinkedHashMap<>(photos);
    }

    public String getNewPhotoAlt() {
        return newPhotoAlt;
    }

    public void setNewPhotoAlt(String newPhotoAlt) {
        this.newPhotoAlt = newPhotoAlt == null ? "" : newPhotoAlt;
    }
}
