package ers.portfolio;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Run in its own process by {@link AtomicReplaceTest}: replaces a file, says so once every byte
 * of the new content is written, and waits to be killed before the save could finish.
 */
public final class DyingWriter {

    private DyingWriter() {
    }

    public static void main(String[] args) throws Exception {
        byte[] content = args[1].repeat(Integer.parseInt(args[2])).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(Path.of(args[0]), out -> {
            out.write(content);
            out.flush();
            System.out.println("written");
            System.out.flush();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }
}
