package ers.spec.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.spec.Level;
import ers.spec.UnitSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A unit copied from a register page: outcomes and criteria one per line, some numbers printed twice. */
class RegisterImportTest {

    private static final String REGISTER = """
            Unit title: Principles of leading a team
            Unit reference number: J/506/1937
            Unit number: TL2
            Level: Entry 3
            Credit value: 1

            Learning outcomes
            The learner will:
            1 Understand the role of a team leader
            Assessment criteria
            The learner can:
            1.1 .1 Describe the role of a team leader
            1.2 .2 Explain how a team leader supports the
            members of a team
            1.3
            .3 Compare the roles of a team leader and a manager
            2 Know how to brief a team
            2.1 Explain why a briefing needs a clear purpose
            2.10 Describe how to check that the team has understood

            Additional information
            Contact the awarding organisation for assessment guidance.
            """;

    @Test
    void aRegisterTableImportsWithTheRepeatedNumbersDropped() throws Exception {
        ImportedUnit imported = UnitImporter.importText("register.txt", REGISTER);
        UnitSpec unit = imported.spec();

        assertEquals(List.of(
                "LO1 Understand the role of a team leader",
                "1.1 Describe the role of a team leader",
                "1.2 Explain how a team leader supports the members of a team",
                "1.3 Compare the roles of a team leader and a manager",
                "LO2 Know how to brief a team",
                "2.1 Explain why a briefing needs a clear purpose",
                "2.10 Describe how to check that the team has understood"), SeedImportTest.outcomesAndCriteria(unit));
        assertEquals("Principles of leading a team", unit.title());
        assertEquals("TL2", unit.code());
        assertEquals("J/506/1937", unit.unitReferenceNumber());
        assertEquals(Level.entryLevel(3), unit.level());
        assertEquals(1, unit.creditValue());
        assertEquals("The learner will:", unit.outcomeStem());
        assertEquals("The learner can:", unit.criterionStem());
        assertEquals(1, unit.sections().size());
        assertTrue(unit.transcriptionNotes().contains(
                "Criterion 1.1 is printed with its number again (\".1\") before its text; the repeated number has been removed."));
        assertTrue(unit.transcriptionNotes().contains(
                "Criterion 1.3 is printed with its number again (\".3\") before its text; the repeated number has been removed."));
        assertTrue(unit.transcriptionNotes().contains(
                "The text of criterion 1.2 continued on the next line; the lines have been joined."));
    }

    @Test
    void aGuidanceListWithoutBulletMarksIsReadItemByItemAndWrappedProseAsOneParagraph() throws Exception {
        UnitSpec unit = UnitImporter.importText("register.txt", REGISTER.replace("Additional information\n"
                + "Contact the awarding organisation for assessment guidance.\n", """
                Guidance on assessment and evidence requirements
                Evidence may be gathered from the workplace, from a simulation agreed with the
                assessor, or from a written account; the assessor records how each criterion
                was met.
                Observation of the team leader at work
                Witness testimony from team members
                Records of team briefings
                """)).spec();

        assertEquals(List.of("Evidence may be gathered from the workplace, from a simulation agreed with the assessor, or"
                        + " from a written account; the assessor records how each criterion was met.",
                "Observation of the team leader at work", "Witness testimony from team members", "Records of team briefings"),
                unit.sections().get(0).paragraphs());
        assertTrue(unit.transcriptionNotes().contains("In the section \"Guidance on assessment and evidence requirements\","
                + " lines that were broken where the copied text wrapped have been joined into their paragraphs; lines that"
                + " each begin with a capital are kept as items of a list."), unit.transcriptionNotes().toString());
    }

    @Test
    void headerValuesTheTextDoesNotGiveAreUnknownWithTheReasonNeverInvented() throws Exception {
        ImportedUnit imported = UnitImporter.importText("the pasted text", REGISTER
                .replace("Level: Entry 3\n", "").replace("Credit value: 1\n", "Credit value: one\n"));
        UnitSpec unit = imported.spec();

        assertNull(unit.level());
        assertNull(unit.creditValue());
        assertNull(unit.guidedLearningHours());
        assertEquals("not found in the pasted text", unit.unknown().level());
        assertEquals("not found in the pasted text", unit.unknown().creditValue());
        assertEquals(List.of("awarding body", "level", "credit value", "guided learning hours", "unit purpose and aim",
                "credit value (printed \"one\", which cannot be read: it is not a whole number)"), imported.notFound());
        assertTrue(unit.incompleteNotice().orElseThrow().startsWith(
                "Unit specification incomplete: level not known (not found in the pasted text); credit value not known"));
    }

    @Test
    void aTextWithoutCriteriaIsRefusedSayingWhatWasLookedFor() {
        UnitImportException e = assertThrows(UnitImportException.class, () -> UnitImporter.importText("notes.txt",
                "Unit title: Lead a team\nLevel: 3\n\nThis unit is about leading a team.\n1 Understand teams\n"));

        assertEquals("notes.txt: no assessment criteria were found. The importer looks for the learning-outcome table of"
                + " a unit specification: learning outcomes numbered 1, 2, ... each with its assessment criteria numbered"
                + " 1.1, 1.2, ...; copy the whole specification, or at least that table.", e.getMessage());
    }

    @Test
    void anEmptyTextIsRefusedToo() {
        assertThrows(UnitImportException.class, () -> UnitImporter.importText("the pasted text", ""));
    }

    @Test
    void anOutcomeTitleWrappedOntoTheNextLineIsJoinedAndSaysSo() throws Exception {
        UnitSpec unit = UnitImporter.importText("register.txt", """
                Learning outcomes
                1 Understand the role
                of a team leader
                1.1 Describe the role of a team leader
                """).spec();

        assertEquals("Understand the role of a team leader", unit.learningOutcomes().get(0).title());
        assertTrue(unit.transcriptionNotes().contains("The title of learning outcome 1 continued on the next line; the lines"
                + " have been joined."), unit.transcriptionNotes().toString());
    }
}
