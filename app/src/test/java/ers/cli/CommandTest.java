package ers.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** A verb run as a script runs it, in a folder of its own, with what it printed kept for the test. */
abstract class CommandTest {

    static final Path SAMPLE = Path.of(System.getProperty("ers.repo", "."), "samples", "complete-team-leading.ers.json");

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        return ErsCommand.run(new PrintWriter(out), new PrintWriter(err), args);
    }
}
