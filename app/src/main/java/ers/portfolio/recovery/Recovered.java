package ers.portfolio.recovery;

import ers.json.Problem;
import ers.portfolio.Portfolio;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Work found in the recovery folder after an editor stopped without saving it.
 *
 * @param copy      the recovery copy itself
 * @param original  the file the work belongs to, or null for a portfolio never saved
 * @param savedAt   when the copy was last written: the work after it is lost
 * @param portfolio the recovered portfolio, empty when the copy cannot be read
 * @param problems  why the copy cannot be read; empty when it can
 */
public record Recovered(Path folder, Path copy, Path original, Instant savedAt, Optional<Portfolio> portfolio,
                        List<Problem> problems) {
}
