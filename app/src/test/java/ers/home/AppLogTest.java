package ers.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The log a user can send when something went wrong: in their folder, with the cause, and bounded. */
class AppLogTest {

    @TempDir
    Path home;

    @Test
    void faultsGoToTheLogInTheUsersFolderWithTheirCauseAndTheLogStaysBounded() throws Exception {
        Path log = AppLog.start(new AppHome(home));
        assertEquals(home.resolve("logs").resolve("ers.log").toAbsolutePath(), log);
        assertEquals(log, AppLog.location());

        LoggerFactory.getLogger("ers.test").error("could not write the recovery copy", new IllegalStateException("disk gone"));
        String text = Files.readString(log);
        assertTrue(text.contains("ERROR") && text.contains("could not write the recovery copy"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: disk gone"), "the stack trace is kept: " + text);
        LoggerFactory.getLogger("com.networknt.schema").info("schema chatter");
        assertTrue(!Files.readString(log).contains("schema chatter"), "the validator's own chatter is left out");

        String line = "x".repeat(2000);
        for (int i = 0; i < 4000; i++) {
            LoggerFactory.getLogger("ers.test").warn("{} {}", i, line);
        }
        try (Stream<Path> files = Files.list(home.resolve("logs"))) {
            long copies = files.count();
            assertTrue(copies >= 2 && copies <= AppLog.KEPT + 1, copies + " files: it rolled over and kept at most "
                    + AppLog.KEPT + " old copies");
        }
        assertTrue(Files.size(log) < 2 * 1024 * 1024, "the current log stays near its limit");
    }
}
