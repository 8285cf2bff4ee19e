package ers.portfolio;

import ers.json.InvalidFileException;
import ers.json.JsonConfig;
import ers.json.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Saves portfolios in the documented JSON format, atomically. */
public final class PortfolioWriter {

    private PortfolioWriter() {
    }

    /**
     * Saves only what will open again: content the reader would refuse (a reference longer than
     * the format allows, say) is not written, and the file already there stays as it was.
     *
     * A format 1 file is kept beside itself ({@link FirstFormatCopy}) the first time format 2 replaces it.
     *
     * @throws IOException naming each field the reader would refuse, or the file system's reason
     */
    public static void save(Portfolio portfolio, Path file) throws IOException {
        byte[] bytes = toBytes(portfolio);
        try {
            PortfolioReader.parse(file.toString(), bytes);
        } catch (InvalidFileException e) {
            throw new IOException("not saved, because the file could not be opened again: " + e.problems().stream()
                    .map(PortfolioWriter::where).collect(Collectors.joining("; ")), e);
        }
        FirstFormatCopy.keep(file);
        AtomicFiles.write(file, bytes);
    }

    /** The file's content, always in the current format. */
    public static byte[] toBytes(Portfolio portfolio) throws IOException {
        return JsonConfig.mapper().writeValueAsBytes(portfolio.inCurrentFormat());
    }

    /** Lines and columns of text not yet saved mean nothing to the user; the field does. */
    private static String where(Problem problem) {
        String message = problem.message();
        return message.startsWith(problem.path()) ? message : problem.path() + ": " + message;
    }
}
