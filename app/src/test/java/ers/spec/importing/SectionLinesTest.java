package ers.spec.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.spec.SpecSection;
import ers.spec.UnitSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lines after the learning-outcome table: what ends the table, what is left out before the first
 * heading, how table lines, italics and a following record sheet are read, and that a section
 * read line by line as printed carries no note of repairs it did not need.
 */
class SectionLinesTest {

    private static final String TABLE = "Unit title: Serve customers\nLearning outcomes\tAssessment criteria\n"
            + "1 Be able to serve\t1.1 Greet a customer\n";

    @Test
    void aRuleEndsTheTableSoARowAfterItIsNotPartOfTheLastOutcome() throws Exception {
        UnitSpec unit = read("--\t--\nPrinted\tlater\nResources\nA till.\n");

        assertEquals("Be able to serve", unit.learningOutcomes().get(0).title());
        assertTrue(unit.transcriptionNotes().contains("Text after the learning-outcome table and before the first section"
                + " heading was left out: \"Printed later\"."), unit.transcriptionNotes().toString());
        assertEquals(List.of(new SpecSection(SpecSection.Kind.RESOURCES, "Resources", List.of("A till."))), unit.sections());
    }

    @Test
    void aTableLineIsOneParagraphOfItsCellsInItsPlaceWithoutNotes() throws Exception {
        UnitSpec unit = read("Resources\nA till.\n\tTill\tCash drawer\nA float.\n");

        assertEquals(List.of("A till.", "Till | Cash drawer", "A float."), unit.sections().get(0).paragraphs());
        assertEquals(List.of(), unit.transcriptionNotes());
    }

    @Test
    void aHeadingOfAHundredCharactersIsStillAHeading() throws Exception {
        String heading = "Guidance on assessment and evidence requirements for the learner and the assessor of this unit"
                + " heres";
        assertEquals(100, heading.length());

        UnitSpec unit = read(heading + "\nObserve the learner.\n");

        assertEquals(List.of(new SpecSection(SpecSection.Kind.ASSESSMENT_GUIDANCE, heading, List.of("Observe the learner."))),
                unit.sections());
    }

    @Test
    void asterisksMarkingItalicsAreLeftOutAndSaySo() throws Exception {
        UnitSpec unit = read("Resources\nA *working* till.\n");

        assertEquals(List.of("A working till."), unit.sections().get(0).paragraphs());
        assertEquals(List.of("Asterisks marking italic text, as in \"*working*\", have been left out."), unit.transcriptionNotes());
    }

    @Test
    void theQualificationTitleHeadingARecordSheetIsLeftOutWithIt() throws Exception {
        UnitSpec unit = read("Resources\nA till.\nLevel 2 NVQ in Customer Service\nEvidence Record Sheet\nCandidate name\n");

        assertEquals(List.of(new SpecSection(SpecSection.Kind.RESOURCES, "Resources", List.of("A till."))), unit.sections());
        assertEquals(List.of("The Evidence Record Sheet printed after the specification (headed \"Level 2 NVQ in Customer"
                + " Service\") is the form produced from the unit, not part of the unit specification, and is left out."),
                unit.transcriptionNotes());
    }

    private static UnitSpec read(String after) throws UnitImportException {
        return UnitImporter.importText("after.txt", TABLE + after).spec();
    }
}
