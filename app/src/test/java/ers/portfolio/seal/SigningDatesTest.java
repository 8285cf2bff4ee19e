package ers.portfolio.seal;

import static ers.portfolio.seal.SignedSheets.UNIT;
import static ers.portfolio.seal.SignedSheets.only;
import static ers.portfolio.seal.SignedSheets.request;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A signature dated long before its history entry was written is said, not hidden. */
class SigningDatesTest {

    private static Optional<String> signedOn(LocalDate date, String recordedAt) throws Exception {
        SheetSigning signing = new SheetSigning(Clock.fixed(Instant.parse(recordedAt), ZoneOffset.UTC));
        Portfolio p = signing.sign(SignedSheets.unsigned(), UNIT, request(Role.CANDIDATE, "Aled Hughes", date, null));
        return SigningDates.disagreement(only(p), only(p).signature(Role.CANDIDATE).orElseThrow());
    }

    @Test
    void aDayApartIsOrdinary() throws Exception {
        assertEquals(Optional.empty(), signedOn(LocalDate.of(2026, 3, 20), "2026-03-21T09:00:00Z"));
    }

    @Test
    void moreThanADayApartIsSaid() throws Exception {
        assertEquals(Optional.of("dated 03/08/2026 but recorded in the history on 20/11/2026 (109 days later)"),
                signedOn(LocalDate.of(2026, 8, 3), "2026-11-20T15:30:00Z"));
    }

    @Test
    void aSignatureWhoseHistoryEntryIsGoneIsSaid() throws Exception {
        Portfolio p = SignedSheets.SIGNING.sign(SignedSheets.unsigned(), UNIT,
                request(Role.CANDIDATE, "Aled Hughes", LocalDate.of(2026, 3, 10), null));
        Signature signature = only(p).signature(Role.CANDIDATE).orElseThrow();
        PortfolioUnit withoutHistory = only(p).withHistory(List.of());
        assertEquals(Optional.of("no history entry records this signature being given"),
                SigningDates.disagreement(withoutHistory, signature));
    }
}
