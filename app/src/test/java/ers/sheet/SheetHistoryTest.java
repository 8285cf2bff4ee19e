package ers.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.pdf.Fixtures;
import ers.portfolio.Portfolio;
import ers.portfolio.SignatureJudge;
import ers.portfolio.seal.SealVerifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where each signature line of a unit stands, as its "Sheet history" page prints it. */
class SheetHistoryTest {

    @Test
    void eachSealedSignatureIsCheckedWithItsSignersNameAndUkDate() throws Exception {
        Portfolio signed = Fixtures.signedSample();
        SheetHistory history = SheetHistory.of(signed, signed.units().get(0), SignatureJudge.standard(),
                new SealVerifier(null));
        List<String> lines = history.checks().stream()
                .map(c -> String.join(" | ", c.role(), c.state(), c.name(), c.date())).toList();
        assertEquals(List.of(
                "Candidate | valid | Priya Ramsden | 28/04/2026",
                "Assessor | valid | HELEN WHITWORTH | 05/05/2026",
                "Countersigning assessor | absent |  | ",
                "Internal verifier | valid | Daniel Okafor | 19/05/2026",
                "Countersigning verifier | valid | Margaret Ellison | 21/05/2026"), lines);
    }
}
