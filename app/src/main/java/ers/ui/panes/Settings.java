package ers.ui.panes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ers.home.AppHome;
import ers.json.JsonConfig;
import ers.portfolio.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the user left the window (pane widths, panes shown, the title column's width), kept in
 * {@link AppHome#settings()} so the next start looks the same. A setting is a convenience: an
 * unreadable or unwritable file means the defaults, never a message in the way of work.
 */
public final class Settings {

    private final Path file;
    private final ObjectNode values;

    private Settings(Path file, ObjectNode values) {
        this.file = file;
        this.values = values;
    }

    public static Settings load(Path file) {
        ObjectNode values = JsonConfig.mapper().createObjectNode();
        try {
            if (Files.isRegularFile(file) && Files.size(file) < 64 * 1024) {
                JsonNode read = JsonConfig.mapper().readTree(file.toFile());
                if (read instanceof ObjectNode object) {
                    values = object;
                }
            }
        } catch (IOException e) {
            // A broken settings file gives the defaults; the next save replaces it.
        }
        return new Settings(file, values);
    }

    /** The number stored under {@code key}, or {@code otherwise} when none (or not a number) is. */
    public double number(String key, double otherwise) {
        JsonNode value = values.path(key);
        return value.isNumber() && Double.isFinite(value.doubleValue()) ? value.doubleValue() : otherwise;
    }

    public boolean flag(String key, boolean otherwise) {
        JsonNode value = values.path(key);
        return value.isBoolean() ? value.booleanValue() : otherwise;
    }

    public void put(String key, double value) {
        values.put(key, value);
    }

    public void put(String key, boolean value) {
        values.put(key, value);
    }

    public void remove(String key) {
        values.remove(key);
    }

    /** Writes the settings whole (a crash mid-write leaves the old file); a failure is ignored, as above. */
    public void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, JsonConfig.mapper().writeValueAsBytes(values));
        } catch (IOException e) {
            // The window opens with the defaults next time.
        }
    }
}
