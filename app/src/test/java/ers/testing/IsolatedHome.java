package ers.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Points the profile folder ({@code ers.home}: the user's units, trusted certificates) at an empty
 * temporary folder for each test, so tests never read or write the real one.
 */
public final class IsolatedHome implements BeforeEachCallback, AfterEachCallback {

    private String before;
    private Path home;

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        before = System.getProperty("ers.home");
        home = Files.createTempDirectory("ers-home");
        System.setProperty("ers.home", home.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (before == null) {
            System.clearProperty("ers.home");
        } else {
            System.setProperty("ers.home", before);
        }
    }

    /** The units folder of the temporary profile (not created). */
    public Path units() {
        return home.resolve("units");
    }
}
