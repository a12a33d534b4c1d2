package se.lofte.followup.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.lofte.followup.Assessment;
import se.lofte.followup.FollowUpView;
import se.lofte.followup.Reason;
import se.lofte.followup.Verdict;
import se.lofte.shared.Problem;

/**
 * The verdicts as typed into the staff form, one row per commitment and goal in the follow-up's order. Everything
 * is kept as text so that whatever was sent, valid or not, comes back beside its error message.
 */
public class FollowUpForm {

    private int version;
    private List<RowForm> rows = new ArrayList<>();

    public static class RowForm {
        private String verdict = "";
        private String reason = "";
        private String explanation = "";

        public String getVerdict() { return verdict; }
        public void setVerdict(String verdict) { this.verdict = verdict; }
        public String getReason() { return reason; }
        public void setReason(String reason) { this.reason = reason; }
        public String getExplanation() { return explanation; }
        public void setExplanation(String explanation) { this.explanation = explanation; }
    }

    static FollowUpForm of(FollowUpView followUp) {
        FollowUpForm form = new FollowUpForm();
        form.version = followUp.version();
        for (Assessment a : followUp.rows()) {
            RowForm row = new RowForm();
            row.verdict = a.verdict() == null ? "" : a.verdict().name();
            row.reason = a.reason() == null ? "" : a.reason().name();
            row.explanation = a.explanation() == null ? "" : a.explanation();
            form.rows.add(row);
        }
        return form;
    }

    /** Whether both hold the same verdicts, reasons and explanations (the version aside). */
    boolean sameVerdicts(FollowUpForm other) {
        int n = Math.max(rows.size(), other.rows.size());
        for (int i = 0; i < n; i++) {
            RowForm a = row(i);
            RowForm b = other.row(i);
            if (!text(a.verdict).equals(text(b.verdict)) || !text(a.reason).equals(text(b.reason))
                    || !text(a.explanation).strip().equals(text(b.explanation).strip())) {
                return false;
            }
        }
        return true;
    }

    private static String text(String typed) {
        return typed == null ? "" : typed;
    }

    /** The row as typed, or an empty one where the form sent fewer rows than the follow-up has. */
    public RowForm row(int index) {
        return index < rows.size() && rows.get(index) != null ? rows.get(index) : new RowForm();
    }

    /**
     * The verdicts of the follow-up's rows as typed; a choice that is not on the list (only a changed page sends
     * one) is a problem at its field, and the row keeps what it had.
     */
    List<Assessment> assessments(FollowUpView followUp, List<Problem> problems) {
        List<Assessment> assessed = new ArrayList<>();
        for (int i = 0; i < followUp.rows().size(); i++) {
            Assessment saved = followUp.rows().get(i);
            RowForm row = row(i);
            Optional<Verdict> verdict = choice(Verdict.class, row.verdict, "rows[" + i + "].verdict", problems);
            Optional<Reason> reason = choice(Reason.class, row.reason, "rows[" + i + "].reason", problems);
            assessed.add(new Assessment(saved.kind(), saved.key(), verdict.orElse(null), reason.orElse(null),
                    row.explanation == null ? "" : row.explanation));
        }
        return assessed;
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String value, String field,
                                                          List<Problem> problems) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return Optional.of(e);
            }
        }
        problems.add(Problem.of(field, "followup.problem.choice"));
        return Optional.empty();
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public List<RowForm> getRows() { return rows; }
    public void setRows(List<RowForm> rows) { this.rows = rows; }
}
