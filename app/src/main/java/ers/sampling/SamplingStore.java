package ers.sampling;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import java.util.List;
import java.util.Optional;

/**
 * Where a portfolio keeps its verifiers' samples. Verifier mode and the verification report read
 * and record them only through this, so that they do not depend on how the file holds them.
 */
public interface SamplingStore {

    /** The unit's samples, oldest first. */
    List<Sample> samples(PortfolioUnit unit);

    /** The portfolio with the sample added to the unit and to the unit's history. */
    Portfolio record(Portfolio portfolio, String unitId, Sample sample);

    /** Why samples cannot be recorded in this portfolio, or empty when they can. */
    Optional<String> unavailable();

    /**
     * For a portfolio whose file format has no place for samples: nothing to read, nothing can be
     * recorded (a sample that could not be saved would be lost).
     */
    SamplingStore NONE = new SamplingStore() {
        @Override
        public List<Sample> samples(PortfolioUnit unit) {
            return List.of();
        }

        @Override
        public Portfolio record(Portfolio portfolio, String unitId, Sample sample) {
            throw new IllegalStateException(unavailable().orElseThrow());
        }

        @Override
        public Optional<String> unavailable() {
            return Optional.of("this version of the portfolio file has no place for samples yet");
        }
    };
}
