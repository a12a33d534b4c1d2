package se.lofte.situation;

import se.lofte.organisations.Organisation;
import se.lofte.shared.Ui;

/**
 * Renders the pins of one kind that another module owns (a safety survey's results): that module declares a bean, so
 * the lägesbild shows its pins without depending on it. What a renderer gives is shown on the public lägesbild page
 * as it is on the staff one: only what the public may see now, with small counts suppressed.
 */
public interface PinRenderer {

    /** The kind this bean renders; one bean per kind. */
    PinKind kind();

    /**
     * The pin of {@code municipality}'s lägesbild in the page's language; {@link PinContent.Withheld} when it may not
     * be shown now or its stored query names nothing this municipality has.
     */
    PinContent render(LagesbildPin pin, Organisation municipality, Ui ui);
}
