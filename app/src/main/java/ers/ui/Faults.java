package ers.ui;

import ers.home.AppLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the user is told when the program itself goes wrong (an exception nobody expected): a plain
 * sentence and where the details went. The exception's own message is never shown; for a
 * NullPointerException it is null, and for others it speaks of the program, not of the work.
 */
final class Faults {

    private static final Logger LOG = LoggerFactory.getLogger(Faults.class);

    private Faults() {
    }

    /** Logs the fault and shows {@code title} with {@code consequence} and a pointer to the log. */
    static void report(DialogService dialogs, String title, String consequence, Throwable fault) {
        LOG.error("{}: unexpected failure", title, fault);
        dialogs.showError(title, words(consequence));
    }

    /** Logs the fault and returns the sentence for the status line, where no dialog should interrupt. */
    static String logged(Throwable fault, String consequence) {
        LOG.error("unexpected failure", fault);
        return words(consequence);
    }

    /** The sentence shown for an unexpected failure, after what it means for the user's work. */
    static String words(String consequence) {
        return "Something went wrong in the program. " + consequence + " The details are in the log ("
                + AppLog.location() + "); please send it to whoever supports this application.";
    }
}
