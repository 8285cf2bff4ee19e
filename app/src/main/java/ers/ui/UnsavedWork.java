package ers.ui;

import ers.portfolio.Portfolio;
import java.io.IOException;
import java.nio.file.Path;

/** Told whenever the work's saved state changes, so that unsaved work can be kept safe. */
public interface UnsavedWork {

    /** The work now differs from its file ({@code file} is null when it was never saved). */
    void unsaved(Portfolio portfolio, Path file);

    /** The work matches its file again, or was closed. */
    void clean();

    /**
     * Keeps the work aside, outside this session, before the editor lets it go (to reload its
     * file as another editor saved it); returns where it is kept.
     */
    default Path keepAside(Portfolio portfolio, Path file) throws IOException {
        throw new IOException("there is no recovery folder to keep it in");
    }

    UnsavedWork NONE = new UnsavedWork() {
        @Override
        public void unsaved(Portfolio portfolio, Path file) {
        }

        @Override
        public void clean() {
        }
    };
}
