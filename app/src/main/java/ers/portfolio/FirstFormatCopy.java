package ers.portfolio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Before a format 1 file is first replaced by format 2, keeps it beside itself as
 * {@code NAME.v1.ers.json}, so that an older copy of the application, or a verifier who wants the
 * file as it was signed, still has it. Done once: an existing copy is never overwritten.
 */
public final class FirstFormatCopy {

    private static final String SUFFIX = ".ers.json";

    private FirstFormatCopy() {
    }

    /** Where the copy of {@code file} goes: {@code a.ers.json} keeps {@code a.v1.ers.json}. */
    public static Path of(Path file) {
        String name = file.getFileName().toString();
        String stem = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length())
                : name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return file.resolveSibling(stem + ".v1" + SUFFIX);
    }

    /**
     * Copies {@code file} to {@link #of} when it is a format 1 portfolio and no copy is there yet.
     *
     * @return the copy made, if one was
     */
    public static Optional<Path> keep(Path file) throws IOException {
        Path copy = of(file);
        if (!Files.isRegularFile(file) || Files.exists(copy) || formatVersion(file) != 1) {
            return Optional.empty();
        }
        AtomicFiles.write(copy, out -> Files.copy(file, out));
        return Optional.of(copy);
    }

    /**
     * The file's top-level {@code formatVersion}, read by streaming as far as that field (the
     * writer puts it first), or 0 when it has none or is not JSON.
     */
    static int formatVersion(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = new JsonFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return 0;
            }
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("formatVersion".equals(field)) {
                    return value == JsonToken.VALUE_NUMBER_INT ? parser.getIntValue() : 0;
                }
                parser.skipChildren();
            }
            return 0;
        } catch (JsonProcessingException e) {
            return 0;
        }
    }
}
