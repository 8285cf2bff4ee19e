package ers.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

class MainTest {

    @Test
    void verifyWithAFileOpensTheVerifierAndNothingElseDoes() {
        assertTrue(Main.opensForVerification(new String[] {"--verify", "a.ers.json"}));
        assertFalse(Main.opensForVerification(new String[] {"verify", "a.ers.json"}), "the verb stays on the command line");
        assertFalse(Main.opensForVerification(new String[] {"--verify"}));
    }

    @Test
    void onlyAnXDisplayCountsAsADisplayOutsideWindowsAndMacOs() {
        assertFalse(Main.hasDisplay(Map.of(), "Linux"));
        assertFalse(Main.hasDisplay(Map.of("DISPLAY", " "), "Linux"));
        assertTrue(Main.hasDisplay(Map.of("DISPLAY", ":0"), "Linux"));
        assertTrue(Main.hasDisplay(Map.of(), "Windows 11"));
        assertTrue(Main.hasDisplay(Map.of(), "Mac OS X"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void withoutADisplayTheWindowIsRefusedInOnePlainLine() throws Exception {
        Run run = launch(null, "../samples/complete-team-leading.ers.json");
        assertEquals(2, run.status(), run.output());
        assertEquals(Main.NO_DISPLAY + "\n", run.output(), "one line, no stack trace");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aDisplayThatCannotBeOpenedIsRefusedTheSameWay() throws Exception {
        Run run = launch(":97", "--verify", "../samples/signed-team-leading.ers.json");
        assertEquals(2, run.status(), run.output());
        assertEquals(Main.NO_DISPLAY + "\n", run.output(), "one line, no stack trace");
    }

    private record Run(int status, String output) {
    }

    /** The launcher in a JVM of its own, as a user starts it, with stdout and stderr together. */
    private static Run launch(String display, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        if (display != null) {
            builder.environment().put("DISPLAY", display);
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the launcher did not end");
        return new Run(process.exitValue(), output);
    }
}
