package se.lofte.promises.web;

import java.util.List;

/**
 * The form's row buttons: {@code add-commitment}, {@code remove-goal-2} and so on. They change only the
 * typed form, never what is saved.
 */
final class FormRows {

    private FormRows() {
    }

    static void apply(String action, PromiseForm form) {
        switch (action) {
            case "add-commitment" -> form.getCommitments().add(new PromiseForm.CommitmentForm());
            case "add-goal" -> form.getGoals().add(new PromiseForm.GoalForm());
            case "add-place" -> form.getFocusPlaces().add("");
            case "add-signatory" -> form.getSignatories().add(new PromiseForm.SignatoryForm());
            default -> remove(action, form);
        }
    }

    private static void remove(String action, PromiseForm form) {
        String[] parts = action.split("-");
        if (parts.length != 3 || !"remove".equals(parts[0]) || !parts[2].matches("\\d{1,4}")) {
            return;
        }
        int index = Integer.parseInt(parts[2]);
        List<?> rows = switch (parts[1]) {
            case "commitment" -> form.getCommitments();
            case "goal" -> form.getGoals();
            case "place" -> form.getFocusPlaces();
            case "signatory" -> form.getSignatories();
            default -> List.of();
        };
        if (index < rows.size()) {
            rows.remove(index);
        }
    }
}
