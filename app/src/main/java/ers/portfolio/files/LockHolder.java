package ers.portfolio.files;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/**
 * Who has a portfolio open, as its lock file says: user, computer, process and since when. The
 * token tells one opening from another by the same process.
 */
public record LockHolder(String user, String host, long pid, Instant since, String token) {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.systemDefault());
    /** A note that cannot be read still tells that someone has the file open. */
    static final LockHolder UNKNOWN = new LockHolder("someone", "another computer", 0, Instant.EPOCH, "");

    static LockHolder read(Path file) {
        try {
            Properties note = new Properties();
            note.load(new java.io.StringReader(new String(ProcessLocks.read(file), StandardCharsets.UTF_8)));
            return new LockHolder(note.getProperty("user", UNKNOWN.user), note.getProperty("host", UNKNOWN.host),
                    Long.parseLong(note.getProperty("pid", "0")), Instant.parse(note.getProperty("since")),
                    note.getProperty("token", ""));
        } catch (IOException | RuntimeException e) {
            return UNKNOWN;
        }
    }

    String toText() {
        Properties note = new Properties();
        note.setProperty("user", user);
        note.setProperty("host", host);
        note.setProperty("pid", Long.toString(pid));
        note.setProperty("since", since.toString());
        note.setProperty("token", token);
        StringWriter text = new StringWriter();
        try {
            note.store(text, "Evidence Record Sheets: this portfolio is open in an editor");
        } catch (IOException e) {
            throw new IllegalStateException("a StringWriter does not fail", e);
        }
        return text.toString();
    }

    /** Another window of this very editor has it open. */
    public boolean isThisProcess() {
        return pid == ProcessHandle.current().pid();
    }

    /** For a question to the user: "jo on LAPTOP-7 (process 4242), since 01/12/2026 09:14". */
    public String describe() {
        return user + " on " + host + (pid > 0 ? " (process " + pid + ")" : "")
                + (since.equals(Instant.EPOCH) ? "" : ", since " + WHEN.format(since));
    }
}
