package ers.launcher;

import ers.cli.ErsCommand;
import ers.ui.EditorApp;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Entry point of {@code ers.jar}. No arguments, or a portfolio file, opens the window ({@code --verify
 * PORTFOLIO} opens it read-only for verification); a verb runs
 * the command line without touching the display. Not a JavaFX {@code Application}, so the jar
 * runs from the classpath.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (opensForVerification(args)) {
            EditorApp.launchForVerification(Path.of(args[1]));
            return;
        }
        if (opensWindow(args)) {
            EditorApp.launchWith(args.length == 0 ? null : Path.of(args[0]));
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
}
