package ers.portfolio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SignatureState;
import ers.portfolio.seal.SealVerifier;
import ers.portfolio.seal.SignedSheets;
import ers.portfolio.seal.SigningRefused;
import ers.testing.Portfolios;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Evidence typed again on several sheets, as a format 1 file upgraded holds it: which items are
 * offered for merging, what a merge voids, and what the status line says of shared items.
 */
class SameEvidenceTest {

    /** E3 typed on B13 and again on F17; E1 on CC17 is other evidence than B13's E1. */
    private static Portfolio typedTwice(String f17Reference, String f17Title) {
        return Portfolio.create(SignedSheets.unsigned().candidate(), SignedSheets.unsigned().centre(), "OCR Level 3 NVQ",
                List.of(unit("ocr-b13", row("b13-e3", "E3", "Observation of the Monday briefing", "1.1"),
                                row("b13-e1", "E1", "Team meeting minutes", "1.2")),
                        unit("ocr-f17", row("f17-e3", f17Reference, f17Title, "2.1")),
                        unit("ocr-cc17", row("cc17-e1", "E1", "Customer survey review", "1.2"))));
    }

    private static EvidenceRow row(String id, String reference, String title, String criterion) {
        return new EvidenceRow(id, reference, title, List.of("O"), LocalDate.of(2026, 3, 2), null, null,
                List.of(criterion));
    }

    private static PortfolioUnit unit(String id, EvidenceRow... rows) {
        return new PortfolioUnit(Portfolios.bundled(id), List.of(rows), List.of(), List.of());
    }

    private static Portfolio signed(Portfolio p, String... units) throws SigningRefused {
        for (String unit : units) {
            p = SignedSheets.SIGNING.sign(p, unit, SignedSheets.request(Role.CANDIDATE, "Aled Hughes",
                    LocalDate.of(2026, 3, 20), null));
        }
        return p;
    }

    private static SignatureState candidate(Portfolio p, String unitId) {
        return SealVerifier.state(p, p.unit(unitId).orElseThrow(), Role.CANDIDATE);
    }

    @Test
    void theSameReferenceAndTitleOnTwoSheetsIsOfferedAndTheSameReferenceAloneIsNot() {
        Portfolio p = typedTwice("e3 ", "Observation of  the monday briefing");
        List<List<String>> offered = SameEvidence.typedAgain(p).stream()
                .map(g -> g.stream().map(i -> i.id()).toList()).toList();
        assertEquals(List.of(List.of("b13-e3", "f17-e3")), offered, "E1 on B13 and CC17 names two pieces of evidence");
        assertEquals("\n\u2022 E3 \u201cObservation of the Monday briefing\u201d, 2 copies on B13 and F17",
                SameEvidence.describe(p, SameEvidence.typedAgain(p)));
        assertEquals(List.of("cc17-e1"), SameEvidence.sameReference(p, p.item("b13-e1").orElseThrow()).stream()
                .map(i -> i.id()).toList(), "the Evidence window offers any item of the same reference");
    }

    @Test
    void mergingCopiesThatReadTheSameVoidsNoSignatureAndListsOneItemOnBothSheets() throws SigningRefused {
        Portfolio p = signed(typedTwice("E3", "Observation of the Monday briefing"), "ocr-b13", "ocr-f17");
        Portfolio merged = MergeGroups.of(SameEvidence.typedAgain(p)).applyTo(p);

        assertEquals(3, merged.evidence().size());
        assertEquals(List.of("ocr-b13", "ocr-f17"), merged.unitsListing("b13-e3").stream().map(u -> u.spec().id()).toList());
        assertEquals(List.of("2.1"), merged.unit("ocr-f17").orElseThrow().evidence().get(0).criteria(), "F17 keeps its ticks");
        assertEquals(SignatureState.VALID, candidate(merged, "ocr-b13"));
        assertEquals(SignatureState.VALID, candidate(merged, "ocr-f17"), "F17 prints the same row as before");
    }

    @Test
    void mergingACopyWithAnotherTitleVoidsOnlyTheSheetThatListedTheCopy() throws SigningRefused {
        Portfolio p = signed(typedTwice("E3", "Obs. of briefing"), "ocr-b13", "ocr-f17", "ocr-cc17");
        Portfolio merged = new MergeGroups(List.of(List.of("b13-e3", "f17-e3"))).applyTo(p);

        assertEquals("Observation of the Monday briefing", merged.unit("ocr-f17").orElseThrow().evidence().get(0).title());
        assertEquals(SignatureState.VALID, candidate(merged, "ocr-b13"));
        assertTrue(candidate(merged, "ocr-f17") != SignatureState.VALID, "F17 now prints another title");
        assertEquals(SignatureState.VALID, candidate(merged, "ocr-cc17"));
        assertEquals(" E3 is one item now, on the sheets of B13 and F17.",
                new MergeGroups(List.of(List.of("b13-e3", "f17-e3"))).alsoChanged(p));
    }

    @Test
    void editsOfASharedItemNameTheOtherSheetsTheyReach() {
        Portfolio p = new MergeGroups(List.of(List.of("b13-e3", "f17-e3")))
                .applyTo(typedTwice("E3", "Observation of the Monday briefing"));
        p = new AddExistingEvidence("ocr-cc17", "b13-e3").applyTo(p);

        assertEquals(Map.of("b13-e3", List.of("F17", "CC17")), p.sharedWith("ocr-b13"));
        assertEquals(" Changed on the sheets of F17 and CC17 too, which list E3.",
                EditRow.title("ocr-b13", "b13-e3", "Observation of the team briefing").alsoChanged(p));
        assertEquals(" Changed on the sheets of B13 and CC17 too, which list E3.",
                EditRow.methods("ocr-f17", "b13-e3", List.of("O", "Q")).alsoChanged(p));
        assertEquals("", EditRow.title("ocr-b13", "b13-e1", "Minutes").alsoChanged(p), "E1 is on B13 alone");
        assertEquals(" E3 stays on the sheets of F17 and CC17.", new DeleteRow("ocr-b13", "b13-e3").alsoChanged(p));
        assertEquals("sheets of B13, F17 and CC17", DeleteEvidence.sheets(p, "b13-e3"));
        assertEquals(" E3 is off the sheets of B13, F17 and CC17.", new DeleteEvidence("b13-e3").alsoChanged(p));
    }
}
