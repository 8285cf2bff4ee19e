package ers.portfolio;

import ers.json.JsonConfig;
import java.io.IOException;
import java.nio.file.Path;

/** Saves portfolios in the documented JSON format, atomically. */
public final class PortfolioWriter {

    private PortfolioWriter() {
    }

    public static void save(Portfolio portfolio, Path file) throws IOException {
        AtomicFiles.write(file, toBytes(portfolio));
    }

    public static byte[] toBytes(Portfolio portfolio) throws IOException {
        return JsonConfig.mapper().writeValueAsBytes(portfolio);
    }
}
