package ers.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON file read into a tree, remembering where in the text each value starts so that
 * problems found later (by the schema, by the model's own rules) can name a line and column.
 *
 * @param name      the file as the user named it, used in every message
 * @param tree      the parsed document
 * @param locations JSON Pointer of each value to where its text starts
 */
public record JsonDocument(String name, JsonNode tree, Map<String, JsonLocation> locations) {

    /**
     * Reads a file of at most {@code maxBytes}; a larger file is refused before it is read.
     */
    public static JsonDocument read(Path file, long maxBytes) throws InvalidFileException {
        String name = file.toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InvalidFileException(Problem.whole(name, String.format(
                        "the file is %s; files of this kind are at most %s, so it was not read",
                        megabytes(size), megabytes(maxBytes))));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidFileException(Problem.whole(name, "no such file"));
        } catch (IOException e) {
            throw new InvalidFileException(Problem.whole(name, "cannot be read: " + e.getMessage()));
        }
        return parse(name, bytes);
    }

    public static JsonDocument parse(String name, byte[] bytes) throws InvalidFileException {
        if (isBlank(bytes)) {
            throw new InvalidFileException(Problem.whole(name, "the file is empty"));
        }
        try {
            JsonNode tree = JsonConfig.mapper().readTree(bytes);
            if (tree == null || tree.isMissingNode()) {
                throw new InvalidFileException(Problem.whole(name, "the file is empty"));
            }
            return new JsonDocument(name, tree, index(bytes));
        } catch (JsonProcessingException e) {
            throw new InvalidFileException(syntaxProblem(name, e));
        } catch (IOException e) {
            throw new InvalidFileException(Problem.whole(name, "cannot be read: " + e.getMessage()));
        }
    }

    /** A problem at a field, located by line and column when the field is in the text. */
    public Problem problemAt(String pointer, String message) {
        JsonLocation at = locationOf(pointer);
        if (at == null) {
            return new Problem(name, 0, 0, pointer, message);
        }
        return new Problem(name, at.getLineNr(), at.getColumnNr(), pointer,
                pointer.isEmpty() ? message : pointer + ": " + message);
    }

    /** The nearest located ancestor: a missing field is reported where its parent starts. */
    private JsonLocation locationOf(String pointer) {
        String p = pointer;
        while (true) {
            JsonLocation at = locations.get(p);
            if (at != null || p.isEmpty()) {
                return at;
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
    }

    static Problem syntaxProblem(String name, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            message = "the file is not a plausible document of this kind ("
                    + message.replaceAll(" \\(from `[^`]*`\\)", "") + "), so it was not read";
        } else if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            message = "the file ends too soon; it may have been cut short (" + startMarker(message) + ")";
        } else if (message.startsWith("Trailing token")) {
            message = "more content follows the end of the document";
        } else if (e instanceof MismatchedInputException || e instanceof JsonMappingException) {
            message = "unexpected content: " + message;
        } else {
            message = "not valid JSON: " + message;
        }
        if (at == null || at.getLineNr() < 1) {
            return Problem.whole(name, message);
        }
        return new Problem(name, at.getLineNr(), at.getColumnNr(), "", message);
    }

    /** Jackson names where the unclosed object began in a form meant for programmers. */
    private static String startMarker(String message) {
        return message.replaceAll("\\(start marker at \\[Source: [^\\]]*\\]; line: (\\d+), column: (\\d+)\\]\\)",
                "opened at line $1, column $2");
    }

    private static Map<String, JsonLocation> index(byte[] bytes) throws IOException {
        Map<String, JsonLocation> out = new HashMap<>();
        Deque<Container> open = new ArrayDeque<>();
        try (JsonParser parser = JsonConfig.mapper().getFactory().createParser(bytes)) {
            String field = null;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    field = parser.currentName();
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    open.pop();
                } else {
                    Container parent = open.peek();
                    String pointer = parent == null ? "" : parent.child(field);
                    out.put(pointer, parser.currentTokenLocation());
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        open.push(new Container(pointer, token == JsonToken.START_ARRAY));
                    }
                }
            }
        }
        return out;
    }

    /** An object or array being walked; an array counts its elements to name them. */
    private static final class Container {
        private final String pointer;
        private final boolean array;
        private int next;

        Container(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }

        String child(String field) {
            return array ? pointer + "/" + next++ : JsonDocument.child(pointer, field);
        }
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
