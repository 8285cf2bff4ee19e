package ers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line's contract with scripts: usage on request, exit 2 on a wrong call. */
class CommandLineTest {

    /** What a script sees of one run. */
    record Run(int exitCode, String out, String err) {

        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = ErsCommand.run(new PrintWriter(out), new PrintWriter(err), args);
            return new Run(code, out.toString(), err.toString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--help               | Usage: ers [-hV] [COMMAND]",
            "-h                   | Usage: ers [-hV] [COMMAND]",
            "validate --help      | Usage: ers validate [-hV] FILE...",
            "help validate        | Usage: ers validate [-hV] FILE..."})
    void helpIsPrintedOnRequestAndExitsZero(String args, String usage) {
        Run run = Run.of(args.split(" "));
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith(usage), run.out());
        assertEquals("", run.err());
    }

    @Test
    void theTopLevelHelpListsEveryVerb() {
        String help = Run.of("--help").out();
        for (String verb : new String[] {"validate", "verify", "export", "certificate", "help"}) {
            assertTrue(help.matches("(?s).*\\n  " + verb + " +\\S.*"), verb + " is missing from\n" + help);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "frobnicate           | Unknown command: 'frobnicate'                   | Usage: ers [-hV] [COMMAND]",
            "--frobnicate         | Unknown option: '--frobnicate'                  | Usage: ers [-hV] [COMMAND]",
            "validate --strict x  | Unknown option: '--strict'                      | Usage: ers validate [-hV] FILE...",
            "validate             | Missing required parameter: 'FILE'              | Usage: ers validate [-hV] FILE..."})
    void aWrongCallPrintsTheProblemAndUsageAndExitsTwo(String args, String problem, String usage) {
        Run run = Run.of(args.split(" "));
        assertEquals(2, run.exitCode());
        assertTrue(run.err().startsWith(problem), run.err());
        assertTrue(run.err().contains(usage), run.err());
        assertEquals("", run.out());
    }
}
