package ers.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON file read into a tree that can say where in the text each value starts, so that
 * problems found later (by the schema, by the model's own rules) can name a line and column.
 * The locations are worked out only when a problem asks for one: a valid file never pays for them.
 */
public final class JsonDocument {

    private static final Pattern START_MARKER =
            Pattern.compile("start marker at \\[Source: [^\\]]*\\]; line: (\\d+), column: (\\d+)\\]");

    private final String name;
    private final JsonNode tree;
    private final byte[] text;
    private Places places;

    private JsonDocument(String name, JsonNode tree, byte[] text) {
        this.name = name;
        this.tree = tree;
        this.text = text;
    }

    /** The file as the user named it, used in every message. */
    public String name() {
        return name;
    }

    public JsonNode tree() {
        return tree;
    }

    /**
     * Reads a file of at most {@code maxBytes}; a larger file is refused before it is read. A
     * file whose size says nothing (a device, a pipe) is read no further than the limit.
     */
    public static JsonDocument read(Path file, long maxBytes) throws InvalidFileException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidFileException(Problem.whole(name, "is a folder, not a file"));
            }
            refuseSpecial(file, name);
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InvalidFileException(tooLarge(name, size, maxBytes));
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            }
            if (bytes.length > maxBytes) {
                throw new InvalidFileException(Problem.whole(name, String.format(
                        "the file goes on past %s, the most a file of this kind may be, so it was not read",
                        megabytes(maxBytes))));
            }
        } catch (NoSuchFileException e) {
            throw new InvalidFileException(Problem.whole(name, "no such file"));
        } catch (AccessDeniedException e) {
            throw new InvalidFileException(Problem.whole(name, "cannot be read: permission denied"));
        } catch (IOException e) {
            throw new InvalidFileException(Problem.whole(name, "cannot be read: " + e.getMessage()));
        }
        return parse(name, bytes);
    }

    /**
     * Refuses a pipe, a device or a socket before it is opened: opening a FIFO waits for a writer
     * that may never come, and a device may never end. A link is followed to what it names.
     */
    public static void refuseSpecial(Path file, String name) throws InvalidFileException {
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            throw new InvalidFileException(Problem.whole(name, "is not a regular file (a pipe, a device or a socket), "
                    + "so it was not read"));
        }
    }

    public static JsonDocument parse(String name, byte[] bytes) throws InvalidFileException {
        if (isBlank(bytes)) {
            throw new InvalidFileException(Problem.whole(name, "the file is empty"));
        }
        Optional<String> kind = FileKind.known(bytes);
        if (kind.isPresent()) {
            throw new InvalidFileException(Problem.whole(name, "the file is " + kind.get() + ", not one of this "
                    + "application's text files; perhaps the wrong file was chosen, or another file was renamed"));
        }
        Optional<String> wide = TextEncoding.wide(bytes);
        if (wide.isPresent()) {
            throw new InvalidFileException(Problem.whole(name, "the file is not saved as UTF-8 text but as "
                    + wide.get() + "; save it as UTF-8 and try again"));
        }
        if (FileKind.hasZeroBytes(bytes)) {
            throw new InvalidFileException(Problem.whole(name, "the file is not text at all (a program, a picture or "
                    + "the like); perhaps the wrong file was chosen, or another file was renamed"));
        }
        ShapeLimits.refuseCrowdedObject(name, bytes);
        try (JsonParser parser = JsonConfig.mapper().createParser(bytes)) {
            try {
                JsonNode tree = JsonConfig.mapper().readTree(parser);
                if (tree == null) {
                    // Nothing but a byte-order mark and white space.
                    throw new InvalidFileException(Problem.whole(name, "the file is empty"));
                }
                JsonDocument document = new JsonDocument(name, tree, bytes);
                document.refuseEndlessNumber(tree);
                return document;
            } catch (JsonProcessingException e) {
                // A limit exceeded has no location of its own; the parser knows where it stopped.
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new InvalidFileException(syntaxProblem(name, e, at));
            }
        } catch (IOException e) {
            throw new InvalidFileException(Problem.whole(name, "cannot be read: " + e.getMessage()));
        }
    }

    /**
     * Refuses a number too large for a double (1e400 reads as infinity), where it is written:
     * no field of the formats holds one, and the schema validator cannot compare it with a limit.
     */
    private void refuseEndlessNumber(JsonNode tree) throws InvalidFileException {
        Optional<String> pointer = ShapeLimits.endlessNumber(tree);
        if (pointer.isPresent()) {
            throw new InvalidFileException(problemAt(pointer.get(), "the number is too large for any field of this format"));
        }
    }

    /** The length of the text in bytes. */
    public int size() {
        return text.length;
    }

    public static Problem tooLarge(String name, long size, long maxBytes) {
        return Problem.whole(name, String.format("the file is %s; files of this kind are at most %s, so it was not read",
                megabytes(size), megabytes(maxBytes)));
    }

    /**
     * Refuses a document written by a newer version of the application: read in part and saved
     * again, it would lose what this version does not know.
     *
     * @param pointer where the document (or the part with its own version) starts
     * @param known   the newest format version this application reads
     * @param what    the kind of document, for the message: {@code portfolio}
     */
    public void refuseNewerFormat(String pointer, int known, String what) throws InvalidFileException {
        JsonNode version = tree.at(pointer + "/formatVersion");
        if (version.isInt() && version.intValue() > known) {
            throw new InvalidFileException(problemAt(pointer + "/formatVersion", "this " + what
                    + " was written in format " + version.intValue() + " by a newer version of the application; "
                    + "this version reads format " + known + " and will not open it rather than lose what it cannot read"));
        }
    }

    /**
     * A value the schema let through that the application's records cannot hold, at its place, in
     * plain words rather than the mapper's ("Cannot deserialize value of type ...").
     */
    public Problem mismatch(String base, JsonProcessingException e) {
        StringBuilder pointer = new StringBuilder(base);
        List<JsonMappingException.Reference> path = e instanceof JsonMappingException m ? m.getPath() : List.of();
        for (JsonMappingException.Reference step : path) {
            pointer.append('/').append(step.getFieldName() != null
                    ? step.getFieldName().replace("~", "~0").replace("/", "~1") : String.valueOf(step.getIndex()));
        }
        return problemAt(pointer.toString(), "this value is not of the kind this field holds");
    }

    /** A problem at a field, located by line and column when the field is in the text. */
    public Problem problemAt(String pointer, String message) {
        long at = places().nearest(pointer);
        if (at == Places.NONE) {
            return new Problem(name, 0, 0, pointer, message);
        }
        return new Problem(name, Places.line(at), Places.column(at), pointer,
                pointer.isEmpty() ? message : pointer + ": " + message);
    }

    static Problem syntaxProblem(String name, JsonProcessingException e, JsonLocation at) {
        String message = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            message = "the file is not a plausible document of this kind: "
                    + message.replaceAll(", from `[^`]*`", "") + "; so it was not read";
        } else if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            message = "the file ends too soon; it may have been cut short" + unclosed(message);
        } else if (message.startsWith("Trailing token")) {
            message = "more content follows the end of the document";
        } else {
            message = SyntaxWords.plain(message);
        }
        if (at == null || at.getLineNr() < 1) {
            return Problem.whole(name, message);
        }
        return new Problem(name, at.getLineNr(), at.getColumnNr(), "", message);
    }

    /** Jackson names where the unclosed object began in a form meant for programmers. */
    private static String unclosed(String message) {
        Matcher start = START_MARKER.matcher(message);
        return start.find() ? " (what opens at line " + start.group(1) + ", column " + start.group(2)
                + " is never closed)" : "";
    }

    private synchronized Places places() {
        if (places == null) {
            try (JsonParser parser = JsonConfig.mapper().getFactory().createParser(text)) {
                places = Places.of(parser);
            } catch (IOException e) {
                throw new UncheckedIOException("the text parsed once already", e);
            }
        }
        return places;
    }

    /** The JSON Pointer of a field of the object at {@code pointer}. */
    static String child(String pointer, String field) {
        return pointer + "/" + field.replace("~", "~0").replace("/", "~1");
    }

    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
