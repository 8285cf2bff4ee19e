package ers.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs {@code verify} as a script would and reads its per-line statuses back. */
record VerifyOutput(int exitCode, String out, String err) {

    static VerifyOutput run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 1];
        all[0] = "verify";
        System.arraycopy(args, 0, all, 1, args.length);
        int code = ErsCommand.run(new PrintWriter(out), new PrintWriter(err), all);
        return new VerifyOutput(code, out.toString(), err.toString());
    }

    /** Status word by role label, e.g. {@code Assessor -> VOID}, for the one unit of the file. */
    Map<String, String> statuses() {
        Map<String, String> statuses = new LinkedHashMap<>();
        for (String line : out.split("\n")) {
            for (String role : new String[] {"Countersigning assessor", "Countersigning verifier",
                    "Internal verifier", "Candidate", "Assessor"}) {
                if (line.length() > 7 && line.substring(7).startsWith(role + " ")) {
                    statuses.put(role, Arrays.stream(line.substring(7 + role.length()).trim().split(" +"))
                            .findFirst().orElseThrow());
                    break;
                }
            }
        }
        return statuses;
    }
}
