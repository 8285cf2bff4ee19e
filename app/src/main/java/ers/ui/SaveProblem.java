package ers.ui;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why a save (or a recovery copy) failed, in the user's words: about the file they chose, never the temporary file
 * the save writes first, and without the system's jargon.
 */
final class SaveProblem {

    private SaveProblem() {
    }

    static String explain(IOException e, Path target) {
        return why(e, target.toAbsolutePath().getParent(),
                "writing to the disk failed part way; the file there was left as it was.");
    }

    /** Why the disk refused work in {@code folder}, or {@code otherwise} when the system gives no known reason. */
    static String why(IOException e, Path folder, String otherwise) {
        String detail = e.getMessage() == null ? "" : e.getMessage().toLowerCase(java.util.Locale.ROOT);
        if (e instanceof AccessDeniedException || detail.contains("permission denied") || detail.contains("read-only")) {
            return "this computer does not let the editor write in " + folder + ".";
        }
        if (e instanceof NoSuchFileException) {
            return "the folder " + folder + " does not exist (a removed USB stick or network drive?).";
        }
        if (detail.contains("no space left") || detail.contains("disk quota")) {
            return "the disk holding " + folder + " is full.";
        }
        if (e instanceof FileSystemException) {
            return "the disk refused to write the file in " + folder + ".";
        }
        return otherwise;
    }
}
