package ers.ui;

import ers.portfolio.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The portfolios opened or saved lately, newest first, kept in a text file in the user's folder. */
public final class RecentFiles {

    static final int LIMIT = 8;
    private static final Logger LOG = LoggerFactory.getLogger(RecentFiles.class);

    private final Path store;
    private final List<Path> files = new ArrayList<>();

    public RecentFiles(Path store) {
        this.store = store;
        if (Files.isRegularFile(store)) {
            try {
                Files.readAllLines(store, StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank()).map(Path::of).limit(LIMIT).forEach(files::add);
            } catch (IOException e) {
                // A list of recent files is a convenience; an unreadable one starts empty.
                LOG.warn("could not read the recent files from {}", store, e);
            }
        }
    }

    public List<Path> files() {
        return List.copyOf(files);
    }

    /** Moves the file to the front; a failure to record it is not worth interrupting the user. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        while (files.size() > LIMIT) {
            files.remove(files.size() - 1);
        }
        try {
            Files.createDirectories(store.getParent());
            AtomicFiles.write(store, String.join("\n", files.stream().map(Path::toString).toList())
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // Same as above: the list lives on in memory for this run.
            LOG.warn("could not record the recent files in {}", store, e);
        }
    }
}
