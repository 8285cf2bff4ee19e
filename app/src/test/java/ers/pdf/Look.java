package ers.pdf;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the sample sheet to a file, to look at it. */
public final class Look {
    public static void main(String[] args) throws Exception {
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            SheetExport.toPdf(args.length > 1 ? Fixtures.withRows(Integer.parseInt(args[1])) : Fixtures.sample(), List.of(), out, ExportProgress.NONE);
        }
    }
}
