package se.lofte.progress.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.lofte.progress.StaffUpdate;
import se.lofte.promises.PromiseView;
import se.lofte.shared.FieldErrors;

/**
 * The staff page of a promise's progress: each goal with how it is measured and where it stands, the updates
 * for residents and whether the staff member may write one. A refused goal form comes back as typed:
 * {@code formGoal} is that goal's key and {@code form} what was posted; both are empty otherwise.
 */
public record PromiseProgressPage(PromiseView promise, List<GoalRow> goals, Optional<String> formGoal,
                                  Map<String, String> form, FieldErrors errors, List<StaffUpdate> updates,
                                  boolean mayWrite, Optional<String> notice) {
}
