package se.lofte.progress;

import java.util.List;

/**
 * One parameter of an {@link IndicatorSource}, described so that a form can render it without knowing the
 * source: its name (the form field and the stored key), labels, type, whether it is required and, for
 * {@link Type#CHOICE}, the values offered. A {@link Type#TEXT} parameter may suggest values while any text
 * is still allowed ("patrulleringar (12 insatser)", when a goal's measures are logged with that unit), and any
 * parameter may carry a hint shown below its field (null: none).
 */
public record IndicatorParameter(String name, String labelSv, String labelEn, Type type, boolean required,
                                 List<Choice> choices, List<Choice> suggestions, String hintSv, String hintEn) {

    public IndicatorParameter {
        choices = List.copyOf(choices);
        suggestions = List.copyOf(suggestions);
    }

    public enum Type {
        TEXT, NUMBER, DATE, CHOICE
    }

    public record Choice(String value, String labelSv, String labelEn) {
        public String label(boolean english) {
            return english ? labelEn : labelSv;
        }
    }

    public static IndicatorParameter text(String name, String labelSv, String labelEn, boolean required) {
        return new IndicatorParameter(name, labelSv, labelEn, Type.TEXT, required, List.of(), List.of(), null, null);
    }

    public static IndicatorParameter date(String name, String labelSv, String labelEn, boolean required) {
        return new IndicatorParameter(name, labelSv, labelEn, Type.DATE, required, List.of(), List.of(), null, null);
    }

    public static IndicatorParameter choice(String name, String labelSv, String labelEn, boolean required,
                                            List<Choice> choices) {
        return new IndicatorParameter(name, labelSv, labelEn, Type.CHOICE, required, choices, List.of(), null, null);
    }

    /** The same parameter with values to suggest and a hint below its field. */
    public IndicatorParameter suggesting(List<Choice> values, String hintSv, String hintEn) {
        return new IndicatorParameter(name, labelSv, labelEn, type, required, choices, values, hintSv, hintEn);
    }

    public String label(boolean english) {
        return english ? labelEn : labelSv;
    }

    /** The hint below the field in the reader's language; null when there is none. */
    public String hint(boolean english) {
        return english ? hintEn : hintSv;
    }
}
