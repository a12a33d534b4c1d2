package se.lofte.progress;

import java.util.List;

/**
 * One parameter of an {@link IndicatorSource}, described so that a form can render it without knowing the
 * source: its name (the form field and the stored key), labels, type, whether it is required and, for
 * {@link Type#CHOICE}, the values offered.
 */
public record IndicatorParameter(String name, String labelSv, String labelEn, Type type, boolean required,
                                 List<Choice> choices) {

    public IndicatorParameter {
        choices = List.copyOf(choices);
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
        return new IndicatorParameter(name, labelSv, labelEn, Type.TEXT, required, List.of());
    }

    public static IndicatorParameter date(String name, String labelSv, String labelEn, boolean required) {
        return new IndicatorParameter(name, labelSv, labelEn, Type.DATE, required, List.of());
    }

    public static IndicatorParameter choice(String name, String labelSv, String labelEn, boolean required,
                                            List<Choice> choices) {
        return new IndicatorParameter(name, labelSv, labelEn, Type.CHOICE, required, choices);
    }

    public String label(boolean english) {
        return english ? labelEn : labelSv;
    }
}
