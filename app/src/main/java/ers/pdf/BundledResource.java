package ers.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Files the application carries inside its jar, which a PDF embeds whole. */
final class BundledResource {

    private BundledResource() {
    }

    /** A missing resource is a broken build, not a user's mistake, so it is unchecked. */
    static byte[] bytes(String name, String what) {
        try (InputStream in = BundledResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(what + " " + name + " is missing from the application");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
