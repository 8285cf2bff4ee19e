package ers.cli;

import java.io.Console;
import java.util.Optional;

/**
 * Where a key file's password comes from on the command line: the environment variable
 * {@code ERS_KEYSTORE_PASSWORD}, or else the terminal without echo. Never an argument, which
 * would sit in the shell history and in every process listing.
 */
final class KeyPassword {

    static final String VARIABLE = "ERS_KEYSTORE_PASSWORD";

    private KeyPassword() {
    }

    static Optional<char[]> read(String prompt) {
        String fromEnvironment = System.getenv(VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return Optional.of(fromEnvironment.toCharArray());
        }
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(console.readPassword("%s", prompt));
    }

    static String missing() {
        return "no password: set " + VARIABLE + " or run from a terminal to be asked";
    }
}
