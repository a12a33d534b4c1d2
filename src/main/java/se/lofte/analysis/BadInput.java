package se.lofte.analysis;

/**
 * An option or input file the {@code analyse} command cannot use. Its message is the one line the user
 * sees, saying what is wrong and where (option name, row and column); no stack trace is kept, since it is
 * never a fault of the program.
 */
final class BadInput extends RuntimeException {

    BadInput(String message) {
        super(message, null, false, false);
    }
}
