package ers.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.seal.LockedSheets;
import ers.portfolio.seal.SignRequest;
import ers.portfolio.seal.SignedSheets;
import ers.portfolio.seal.SigningRefused;
import ers.testing.Portfolios;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The question asked on opening a format 1 file that typed one piece of evidence on two sheets. */
@Tag("ui")
class MergeOfferTest {

    /** E3 on B13 as an observation, and on F17 again as an observation and a question: F17 would print otherwise. */
    private static Portfolio formatOne() {
        Portfolio p = Portfolio.create(SignedSheets.unsigned().candidate(), SignedSheets.unsigned().centre(), "OCR NVQ",
                List.of(unit("ocr-b13", new EvidenceRow("b", "E3", "Observation of the briefing", List.of("O"), null,
                                null, null, List.of("1.1"))),
                        unit("ocr-f17", new EvidenceRow("f", "E3", "Observation of the briefing", List.of("O", "Q"), null,
                                null, null, List.of("2.1")))));
        return new Portfolio(p.format(), 1, p.candidate(), p.centre(), p.qualification(), p.people(), p.methods(),
                p.evidence(), p.units());
    }

    private static PortfolioUnit unit(String id, EvidenceRow row) {
        return new PortfolioUnit(Portfolios.bundled(id), List.of(row), List.of(), List.of());
    }

    private static Optional<MergeOffer> offer(Portfolio p) {
        return MergeOffer.of(p, edit -> new LockedSheets(edit, SignedSheets.SIGNING).applyTo(p));
    }

    @Test
    void theOfferNamesTheCopiesAndEverySignatureTheMergeVoids() throws SigningRefused {
        Portfolio p = SignedSheets.SIGNING.sign(formatOne(), "ocr-f17",
                SignedSheets.request(Role.CANDIDATE, "Aled Hughes", LocalDate.of(2026, 3, 20), null));
        String question = offer(p).orElseThrow().question();
        assertTrue(question.contains("\u2022 E3 \u201cObservation of the briefing\u201d, 2 copies on B13 and F17"), question);
        assertTrue(question.contains("\u2022 unit F17, the candidate: Aled Hughes, signed 20/03/2026"), question);
    }

    @Test
    void aCopyOnASignedOffSheetIsNotOfferedAndAFormatTwoFileIsNeverOffered() throws SigningRefused {
        Portfolio p = formatOne();
        p = SignedSheets.SIGNING.sign(p, "ocr-f17", SignedSheets.request(Role.CANDIDATE, "Aled Hughes",
                LocalDate.of(2026, 3, 20), null));
        p = SignedSheets.SIGNING.sign(p, "ocr-f17", new SignRequest(Role.ASSESSOR, "Jane Smith",
                LocalDate.of(2026, 3, 20), SignedSheets.scribble(), null, "The rest is covered on paper.", null));
        assertEquals(Optional.empty(), offer(p), "F17 is locked until reopened");
        assertEquals(Optional.empty(), offer(formatOne().inCurrentFormat()));
    }
}
