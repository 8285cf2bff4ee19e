package ers.spec;

import com.fasterxml.jackson.core.JsonProcessingException;
import ers.json.InvalidFileException;
import ers.json.JsonConfig;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writes a unit specification file, but only one that the reader would accept back. */
public final class UnitSpecWriter {

    private UnitSpecWriter() {
    }

    /**
     * The file's bytes, after checking them as the reader will.
     *
     * @param name what to call the unit in the problems, e.g. the file it is meant for
     * @throws InvalidFileException naming each field that would make the file unreadable
     */
    public static byte[] toBytes(UnitSpec spec, String name) throws InvalidFileException {
        byte[] bytes;
        try {
            bytes = (JsonConfig.mapper().writeValueAsString(spec) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        UnitSpecReader.parse(name, bytes);
        return bytes;
    }
}
