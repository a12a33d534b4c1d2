package se.lofte.progress;

import java.util.List;
import java.util.Map;

import se.lofte.shared.Problem;

/**
 * Where a numeric goal's value comes from: a kind of data with its parameters. Every source is a Spring bean;
 * the staff form, the stored choice and the computation know sources only through this interface, so a
 * module can add a kind (survey items, citizen reports) by declaring a bean. Parameter values are strings
 * keyed by {@link IndicatorParameter#name()}, as a form sends them and as they are stored.
 */
public interface IndicatorSource {

    /** A short stable code stored with each goal that uses the source, such as {@code manual}. */
    String kind();

    String nameSv();

    String nameEn();

    /** What staff set, in form order; choices may depend on the goal's promise (its parties' focus places). */
    List<IndicatorParameter> parameters(GoalContext goal);

    /**
     * The same parameters as the form shows them with {@code values} chosen so far (saved, or typed and
     * refused), so that one parameter can suggest what fits another: the units of the chosen kind of measure.
     */
    default List<IndicatorParameter> parameters(GoalContext goal, Map<String, String> values) {
        return parameters(goal);
    }

    /** Problems with the values, each on the parameter's name as field; empty when they can be saved. */
    List<Problem> validate(Map<String, String> values, GoalContext goal);

    /**
     * What looks wrong with values that can be saved, each on the parameter's name as field: staff are told when
     * they save and on the page, since the goal may count nothing (a unit that no measure has yet may be a typing
     * mistake, or the first measures may not be logged yet).
     */
    default List<Problem> doubts(Map<String, String> values, GoalContext goal) {
        return List.of();
    }

    /**
     * The value over the goal's period up to {@link GoalContext#today()}: an empty series when there is no data
     * yet (measuring has not started), {@link IndicatorReading#unreadable} when the values name something that is
     * gone (the goal cannot be measured). The words say where the number comes from in plain language for
     * residents: they are shown on the public page beside the value.
     */
    IndicatorReading read(Map<String, String> values, GoalContext goal);

    /** Whether the values name the place where the goal is measured. */
    default boolean placed(Map<String, String> values) {
        return false;
    }

    /** Whether people of the goal's party enter the values by hand, so that the goal needs an owner. */
    default boolean enteredByHand() {
        return false;
    }
}
