package ers.launcher;

import ers.cli.ErsCommand;
import ers.home.AppHome;
import ers.home.AppLog;
import ers.ui.EditorApp;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point of {@code ers.jar}. No arguments, or a portfolio file, opens the window ({@code --verify
 * PORTFOLIO} opens it read-only for verification); a verb runs
 * the command line without touching the display. Not a JavaFX {@code Application}, so the jar
 * runs from the classpath.
 */
public final class Main {

    static final String NO_DISPLAY = "no display: run under xvfb-run or use a verb such as export";

    /**
     * JavaFX's own warnings are for developers (on every start it warns that it runs from the
     * classpath, as this application does by design); held so that the level stays set.
     */
    private static final Logger JAVAFX_STARTUP = Logger.getLogger("javafx");

    private Main() {
    }

    public static void main(String[] args) {
        AppLog.start(AppHome.fromEnvironment());
        if (opensForVerification(args)) {
            openWindow(() -> EditorApp.launchForVerification(Path.of(args[1])));
            return;
        }
        if (opensWindow(args)) {
            openWindow(() -> EditorApp.launchWith(args.length == 0 ? null : Path.of(args[0])));
            return;
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(ErsCommand.run(out, err, args));
    }

    /** {@code --verify PORTFOLIO}: the portfolio read-only in verifier mode. */
    static boolean opensForVerification(String[] args) {
        return args.length == 2 && args[0].equals("--verify");
    }

    static boolean opensWindow(String[] args) {
        return args.length == 0
                || (args.length == 1 && !args[0].startsWith("-") && Files.isRegularFile(Path.of(args[0])));
    }

    /**
     * Without a display the window cannot open: one plain line says what to do instead and the exit
     * status is 2, as for any other call that cannot be carried out as asked.
     */
    private static void openWindow(Runnable launch) {
        if (!hasDisplay(System.getenv(), System.getProperty("os.name"))) {
            refuseWithoutDisplay();
        }
        JAVAFX_STARTUP.setLevel(Level.SEVERE);
        try {
            launch.run();
        } catch (UnsupportedOperationException e) {
            // DISPLAY names a display that cannot be opened (closed X server, no permission).
            if (String.valueOf(e.getMessage()).contains("DISPLAY")) {
                refuseWithoutDisplay();
            }
            throw e;
        }
    }

    /** Windows and macOS always have a desktop; elsewhere the window needs an X display. */
    static boolean hasDisplay(Map<String, String> environment, String osName) {
        if (osName.startsWith("Windows") || osName.startsWith("Mac")) {
            return true;
        }
        String display = environment.get("DISPLAY");
        return display != null && !display.isBlank();
    }

    private static void refuseWithoutDisplay() {
        System.err.println(NO_DISPLAY);
        System.exit(2);
    }
}
