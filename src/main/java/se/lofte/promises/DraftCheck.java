package se.lofte.promises;

import java.util.List;

/**
 * A check of a promise's text that warns and never refuses: the promise editor shows its warnings beside the
 * goals they are about, and saving still works. Modules that know more about a goal than the text does (how
 * it will be measured) declare a bean.
 */
public interface DraftCheck {

    /** Warnings about the promise's goals; empty when there is nothing to say. */
    List<Warning> warnings(PromiseId promise, PromiseContent content);

    /**
     * A warning about the goal with {@code goalKey}: {@code code} is a message key whose placeholders
     * {@code args} fill.
     */
    record Warning(String goalKey, String code, List<String> args) {
        public Warning {
            args = List.copyOf(args);
        }
    }
}
