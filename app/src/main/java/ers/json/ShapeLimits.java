package ers.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/** The shapes no document of these formats has, which a hostile or broken file may: refused with their place. */
final class ShapeLimits {

    private ShapeLimits() {
    }

    /**
     * Refuses, in one streaming pass before any tree is built, an object with more than
     * {@link JsonConfig#MAX_FIELDS} fields where its fields pass the limit, and a file past the
     * parser's other limits (values, nesting) where it passes them. A hostile file of hundreds of
     * thousands of fields would otherwise be built into a tree and checked field by field, taking
     * many seconds and hundreds of megabytes to refuse. Text that is not JSON is left for the
     * parser to report.
     */
    static void refuseCrowdedObject(String name, byte[] bytes) throws InvalidFileException {
        int[] fields = new int[JsonConfig.MAX_NESTING + 2];
        int depth = 0;
        try (JsonParser parser = JsonConfig.mapper().getFactory().createParser(bytes)) {
            try {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        fields[++depth] = 0;
                    } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                        depth--;
                    } else if (token == JsonToken.FIELD_NAME && ++fields[depth] > JsonConfig.MAX_FIELDS) {
                        JsonLocation at = parser.currentTokenLocation();
                        throw new InvalidFileException(new Problem(name, at.getLineNr(), at.getColumnNr(), "",
                                "the file is not a plausible document of this kind: an object has more than "
                                        + JsonConfig.MAX_FIELDS + " fields; so it was not read"));
                    }
                }
            } catch (StreamConstraintsException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new InvalidFileException(JsonDocument.syntaxProblem(name, e, at));
            }
        } catch (IOException e) {
            // Not well-formed: the parse that follows says where and why.
        }
    }

    /** The JSON Pointer of the first number too large for a double (1e400 reads as infinity), if there is one. */
    static Optional<String> endlessNumber(JsonNode tree) {
        Deque<String> path = new ArrayDeque<>();
        if (!holdsEndlessNumber(tree, path)) {
            return Optional.empty();
        }
        StringBuilder pointer = new StringBuilder();
        path.descendingIterator().forEachRemaining(pointer::append);
        return Optional.of(pointer.toString());
    }

    /** Whether {@code node} holds one; if so, {@code path} holds the steps to it (each a pointer of its own), innermost first. */
    private static boolean holdsEndlessNumber(JsonNode node, Deque<String> path) {
        if (node.isFloatingPointNumber()) {
            return !Double.isFinite(node.doubleValue());
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (holdsEndlessNumber(field.getValue(), path)) {
                    path.addLast(JsonDocument.child("", field.getKey()));
                    return true;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (holdsEndlessNumber(node.get(i), path)) {
                    path.addLast(JsonDocument.child("", String.valueOf(i)));
                    return true;
                }
            }
        }
        return false;
    }
}
