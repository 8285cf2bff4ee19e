package ers.portfolio.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.portfolio.PortfolioUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The words a void signature is explained with, from the part digests its seal kept and those of
 * the sheet now: each kind of part names itself, and a row is named by its reference on the sheet.
 */
class ChangesTest {

    private static final PortfolioUnit F17 = SignedSheets.only(SignedSheets.unsigned());

    private static List<String> between(Map<String, String> then, Map<String, String> now) {
        return Changes.between(then, now, F17);
    }

    @Test
    void aSealThatKeptNoPartsCanOnlySayTheSheetChanged() {
        assertEquals(List.of("the sheet changed after signing"), between(Map.of(), Map.of("sheet/unit", "a")));
    }

    @Test
    void aChangedRowIsNamedByItsOwnReferenceNotTheFirstRows() {
        assertEquals(List.of("evidence E2 changed"),
                between(Map.of("evidence/r2", "a"), Map.of("evidence/r2", "b")));
    }

    @Test
    void rowsAddedAndRemovedAreSaidSo() {
        assertEquals(List.of("evidence E3 was added", "an evidence row (id r9) was removed"),
                between(Map.of("evidence/r9", "a"), Map.of("evidence/r3", "b")));
    }

    @Test
    void aChangedRowIsNotAlsoCalledAReordering() {
        assertEquals(List.of("evidence E1 changed"),
                between(Map.of("evidence/r1", "a", "sheet/evidence", "x"),
                        Map.of("evidence/r1", "b", "sheet/evidence", "y")));
    }

    @Test
    void rowsInAnotherOrderAreCalledReordered() {
        assertEquals(List.of("the evidence rows were reordered"),
                between(Map.of("evidence/r1", "a", "sheet/evidence", "x"),
                        Map.of("evidence/r1", "a", "sheet/evidence", "y")));
    }

    @Test
    void aSignatureSignedOverIsSaidGivenLaterRemovedOrChanged() {
        assertEquals(List.of("the assessor signature was given after this one"),
                between(Map.of("signature", "s"), Map.of("signature", "s", "signsOver/assessor", "a")));
        assertEquals(List.of("the candidate signature it signed over was removed"),
                between(Map.of("signsOver/candidate", "c"), Map.of()));
        assertEquals(List.of("the candidate signature it signed over changed"),
                between(Map.of("signsOver/candidate", "c"), Map.of("signsOver/candidate", "d")));
    }

    @Test
    void theSignatureItselfAndAnUnknownPartAreNamed() {
        assertEquals(List.of("the signature's own name, date, drawing or note changed"),
                between(Map.of("signature", "s"), Map.of("signature", "t")));
        assertEquals(List.of("the sheet changed after signing"),
                between(Map.of("sheet/colour", "red"), Map.of("sheet/colour", "blue")));
    }
}
