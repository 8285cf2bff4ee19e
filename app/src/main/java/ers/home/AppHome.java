package ers.home;

import java.nio.file.Path;

/**
 * The folder where the application keeps what belongs to the user rather than to a portfolio:
 * their own unit specifications, recovery copies of unsaved work, trusted certificates, the log.
 * {@code -Ders.home=DIR} or {@code ERS_HOME} move it (tests and portable installs do).
 */
public record AppHome(Path root) {

    public static AppHome fromEnvironment() {
        String property = System.getProperty("ers.home");
        if (property != null && !property.isBlank()) {
            return new AppHome(Path.of(property));
        }
        String env = System.getenv("ERS_HOME");
        if (env != null && !env.isBlank()) {
            return new AppHome(Path.of(env));
        }
        return new AppHome(Path.of(System.getProperty("user.home"), ".ers"));
    }

    /** Unit specification files the user added; each {@code *.json} here is offered beside the bundled units. */
    public Path units() {
        return root.resolve("units");
    }

    /** Recovery copies of portfolios with unsaved changes. */
    public Path recovery() {
        return root.resolve("recovery");
    }

    /** Certificates of colleagues whose key-signed seals the user trusts. */
    public Path trusted() {
        return root.resolve("trusted");
    }

    /** The application's log: {@code ers.log} and its older copies. */
    public Path logs() {
        return root.resolve("logs");
    }

    public Path settings() {
        return root.resolve("settings.json");
    }
}
