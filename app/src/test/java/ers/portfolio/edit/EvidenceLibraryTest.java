package ers.portfolio.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.json.InvalidFileException;
import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.Role;
import ers.portfolio.SignatureState;
import ers.portfolio.seal.SealVerifier;
import ers.portfolio.seal.SignRequest;
import ers.portfolio.seal.SignedSheets;
import ers.portfolio.seal.SigningRefused;
import ers.testing.Portfolios;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One piece of evidence filed once and listed on several units' sheets. */
class EvidenceLibraryTest {

    private static final String OBSERVATION = "obs";

    /** An observation on B13, F17 and CC17; B14 has evidence of its own. */
    private static Portfolio shared() {
        EvidenceRow observation = new EvidenceRow(OBSERVATION, "E1", "Observation of the Monday briefing", List.of("O"),
                LocalDate.of(2026, 3, 2), "Folder 1", null, List.of());
        return Portfolio.create(SignedSheets.unsigned().candidate(), SignedSheets.unsigned().centre(), "OCR Level 3 NVQ",
                List.of(unit("ocr-b13", observation.withCriteria(List.of("4.10", "1.1", "4.2"))),
                        unit("ocr-f17", observation.withCriteria(List.of("2.1"))),
                        unit("ocr-cc17", observation.withCriteria(List.of("1.2"))),
                        unit("ocr-b14", Portfolios.row("own", "E2", "Customer survey review", List.of("1.1")))));
    }

    private static PortfolioUnit unit(String id, EvidenceRow row) {
        return new PortfolioUnit(Portfolios.bundled(id), List.of(row), List.of(), List.of());
    }

    private static Portfolio candidateSigns(Portfolio p, String unitId) throws SigningRefused {
        return SignedSheets.SIGNING.sign(p, unitId, SignedSheets.request(Role.CANDIDATE, "Aled Hughes",
                LocalDate.of(2026, 3, 20), null));
    }

    private static SignatureState candidate(Portfolio p, String unitId) {
        return SealVerifier.state(p, p.unit(unitId).orElseThrow(), Role.CANDIDATE);
    }

    @Test
    void oneItemOnThreeSheetsIsFiledOnceAndReadsTheSameOnEach() throws Exception {
        Portfolio p = shared();
        assertEquals(2, p.evidence().size(), "the observation once, B14's own evidence once");
        assertEquals(List.of("ocr-b13", "ocr-f17", "ocr-cc17"),
                p.unitsListing(OBSERVATION).stream().map(u -> u.spec().id()).toList());
        assertEquals(List.of("1.1", "4.2", "4.10"), p.unit("ocr-b13").orElseThrow().evidence().get(0).criteria());

        Portfolio renamed = EditRow.title("ocr-f17", OBSERVATION, "Observation of the team briefing").applyTo(p);
        for (String unit : List.of("ocr-b13", "ocr-f17", "ocr-cc17")) {
            assertEquals("Observation of the team briefing", renamed.unit(unit).orElseThrow().evidence().get(0).title(), unit);
        }
        assertEquals(List.of("2.1"), renamed.unit("ocr-f17").orElseThrow().evidence().get(0).criteria(),
                "each sheet keeps its own ticks");

        Portfolio reopened = PortfolioReader.parse("shared.ers.json", PortfolioWriter.toBytes(renamed));
        assertEquals(renamed, reopened);
        String json = new String(PortfolioWriter.toBytes(renamed), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(1, json.split("Observation of the team briefing", -1).length - 1, "the title is written once");
    }

    @Test
    void aTitleChangeVoidsExactlyTheSignedSheetsThatListTheItem() throws Exception {
        Portfolio p = shared();
        for (String unit : List.of("ocr-b13", "ocr-f17", "ocr-b14")) {
            p = candidateSigns(p, unit);
        }
        Portfolio after = EditRow.title("ocr-b13", OBSERVATION, "Observation of the Tuesday briefing").applyTo(p);

        assertEquals(SignatureState.VOID, candidate(after, "ocr-b13"));
        assertEquals(SignatureState.VOID, candidate(after, "ocr-f17"), "edited on B13, listed on F17 too");
        assertEquals(SignatureState.VALID, candidate(after, "ocr-b14"), "B14 does not list the observation");
        assertTrue(new SealVerifier(null).verify(after, after.unit("ocr-f17").orElseThrow(), Role.CANDIDATE).reasons()
                .contains("evidence E1 changed"));
    }

    @Test
    void aTickOnOneSheetVoidsNoOtherSheet() throws Exception {
        Portfolio p = candidateSigns(candidateSigns(shared(), "ocr-b13"), "ocr-f17");
        Portfolio after = new SetCriterion("ocr-b13", OBSERVATION, "1.2", true).applyTo(p);
        assertEquals(SignatureState.VOID, candidate(after, "ocr-b13"));
        assertEquals(SignatureState.VALID, candidate(after, "ocr-f17"));
    }

    @Test
    void takingARowOffOneSheetKeepsTheItemOnTheOthersAndTheLastOneDeletesIt() throws Exception {
        Portfolio p = new DeleteRow("ocr-b13", OBSERVATION).applyTo(shared());
        assertTrue(p.item(OBSERVATION).isPresent());
        assertEquals(2, p.unitsListing(OBSERVATION).size());
        p = new DeleteRow("ocr-cc17", OBSERVATION).applyTo(new DeleteRow("ocr-f17", OBSERVATION).applyTo(p));
        assertFalse(p.item(OBSERVATION).isPresent(), "on no sheet any more, so gone from the portfolio");
    }

    @Test
    void deletingAnItemTakesItOffEverySheet() throws Exception {
        Portfolio p = new DeleteEvidence(OBSERVATION).applyTo(shared());
        assertFalse(p.item(OBSERVATION).isPresent());
        assertTrue(p.unitsListing(OBSERVATION).isEmpty());
        assertEquals(1, p.unit("ocr-b14").orElseThrow().evidence().size());
    }

    @Test
    void anExistingItemGoesOnAnotherSheetWithNothingTicked() throws Exception {
        Portfolio p = new AddExistingEvidence("ocr-b14", OBSERVATION).applyTo(shared());
        EvidenceRow added = p.unit("ocr-b14").orElseThrow().evidence().get(1);
        assertEquals("E1", added.reference());
        assertEquals(List.of(), added.criteria());
        assertEquals(2, p.evidence().size(), "no new item");
        assertThrows(EditRefused.class, () -> new AddExistingEvidence("ocr-b14", OBSERVATION).applyTo(p));
    }

    @Test
    void mergingTwoItemsKeepsEveryTickUnderTheKeptOne() throws Exception {
        Portfolio p = new AddExistingEvidence("ocr-b13", "own").applyTo(shared());
        p = new SetCriterion("ocr-b13", "own", "1.3", true).applyTo(p);
        Portfolio merged = new MergeEvidence(OBSERVATION, "own").applyTo(p);
        assertFalse(merged.item("own").isPresent());
        assertEquals(List.of("1.1", "1.3", "4.2", "4.10"), merged.unit("ocr-b13").orElseThrow().evidence().get(0).criteria(),
                "joined where a sheet listed both, in numeric order");
        assertEquals(1, merged.unit("ocr-b13").orElseThrow().evidence().size());
        EvidenceRow onB14 = merged.unit("ocr-b14").orElseThrow().evidence().get(0);
        assertEquals(OBSERVATION, onB14.id());
        assertEquals(List.of("1.1"), onB14.criteria(), "B14's ticks now under the kept item");
    }

    @Test
    void referencesRunOnAcrossUnits() throws Exception {
        Portfolio p = shared();
        assertEquals("E3", AddRow.blankAtEnd(p, "ocr-cc17").row().reference(), "E1 and E2 are used on other sheets");
        assertEquals(java.util.Set.of(), References.duplicates(p.evidence().stream().map(i -> i.reference()).toList()));
    }
}
