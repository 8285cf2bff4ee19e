package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ers.json.JsonConfig;
import ers.spec.SmallUnit;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import ers.testing.Portfolios;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A portfolio's copy of a unit against the one offered now: told, never changed silently. */
class SpecDriftTest {

    private static final UnitCatalog BUNDLED = UnitCatalog.bundledOnly();

    @TempDir
    Path home;

    @Test
    void aPortfolioWithTheBundledCopiesHasNoDrift() {
        assertEquals(List.of(), SpecDrift.between(SmallPortfolio.create(), BUNDLED));
    }

    /** The portfolio was made with an older F17: other title, no 3.4, 1.1 worded differently, no expiry. */
    @Test
    void eachDifferenceIsDescribedInAFewWords() throws Exception {
        Portfolio old = withF17(spec -> {
            spec.put("title", "Manage customer service in own area");
            spec.putNull("expiryDate");
            ObjectNode lo1 = (ObjectNode) spec.withArray("learningOutcomes").get(0);
            ((ObjectNode) lo1.withArray("criteria").get(0)).put("text", "State requirements for customer service.");
            ((ArrayNode) spec.withArray("learningOutcomes").get(2).withArray("criteria")).remove(3);
        });

        List<SpecDrift> drifts = SpecDrift.between(old, BUNDLED);

        assertEquals(1, drifts.size());
        assertEquals("Unit F17: the bundled specification differs from this portfolio's copy: "
                        + "title reworded to \"Manage customer service in own area of responsibility\"; "
                        + "expiry date 28/02/2015 added; criterion 3.4 added; criterion 1.1 reworded",
                drifts.get(0).summary());
    }

    /** An older F17 with other figures in its header: each figure is said with its old and new value. */
    @Test
    void eachFigureOfTheHeaderIsSaidWithItsOldAndNewValue() throws Exception {
        Portfolio old = withF17(spec -> {
            spec.put("code", "F17A");
            spec.put("level", 2);
            spec.putNull("creditValue");
            spec.put("guidedLearningHours", 30);
        });
        assertEquals("Unit F17A: the bundled specification differs from this portfolio's copy: code F17A is now F17; "
                        + "level 2 is now 3; credit value 4 added; guided learning hours 30 is now 25",
                SpecDrift.between(old, BUNDLED).get(0).summary());
    }

    /** B13 is bundled without an expiry date; a copy that had one has lost it. */
    @Test
    void aDateTheOfferedSpecificationNoLongerHasIsSaidToBeRemoved() throws Exception {
        Portfolio old = withFirstUnit(Portfolios.small(), spec -> spec.put("expiryDate", "2030-01-31"));
        assertEquals(List.of("expiry date 31/01/2030 removed"), SpecDrift.between(old, BUNDLED).get(0).changes());
    }

    @Test
    void learningOutcomesWhoseTitlesChangedAreNamed() throws Exception {
        Portfolio one = withF17(spec -> ((ObjectNode) spec.withArray("learningOutcomes").get(1))
                .put("title", "Be able to support staff."));
        assertEquals(List.of("learning outcome LO2 reworded"), SpecDrift.between(one, BUNDLED).get(0).changes());

        Portfolio two = withF17(spec -> {
            ((ObjectNode) spec.withArray("learningOutcomes").get(0)).put("title", "Set standards.");
            ((ObjectNode) spec.withArray("learningOutcomes").get(2)).put("title", "Monitor performance.");
        });
        assertEquals(List.of("learning outcomes LO1, LO3 reworded"), SpecDrift.between(two, BUNDLED).get(0).changes());
    }

    /** Text that prints on the sheet but is no criterion is named by its part, without the words. */
    @Test
    void everyOtherPartOfTheSpecificationIsNamedWhenItDiffers() throws Exception {
        Portfolio old = withF17(spec -> {
            spec.put("ocrUnitNumber", "30");
            spec.put("awardingBody", "Edexcel");
            spec.put("thirdColumnHeading", "Amplification");
            spec.withArray("sections").remove(0);
            spec.withArray("transcriptionNotes").add("A note the bundled copy does not have.");
            spec.put("incomplete", "the third column of outcome 2 was not legible");
        });
        assertEquals(List.of("also changed: unit numbers, awarding body, column headings, "
                + "evidence and assessment sections, transcription notes, what is incomplete"),
                SpecDrift.between(old, BUNDLED).get(0).changes());
    }

    @Test
    void guidanceAndOtherTextAreNamedTogether() throws Exception {
        Portfolio old = withF17(spec -> {
            spec.putArray("purpose").add("An older purpose.");
            ((ObjectNode) spec.withArray("learningOutcomes").get(1)).putArray("guidance").add("Older guidance");
        });
        assertEquals(List.of("also changed: purpose, guidance"), SpecDrift.between(old, BUNDLED).get(0).changes());
    }

    @Test
    void adoptingReplacesOnlyThatUnitsCopyAndKeepsItsEvidence() throws Exception {
        Portfolio old = withF17(spec -> spec.put("title", "Older title"));
        SpecDrift drift = SpecDrift.between(old, BUNDLED).get(0);

        Portfolio adopted = drift.adopt(old);

        assertEquals(BUNDLED.find("ocr-f17").orElseThrow(), adopted.unit("ocr-f17").orElseThrow().spec());
        assertEquals(old.unit("ocr-f17").orElseThrow().evidence(), adopted.unit("ocr-f17").orElseThrow().evidence());
        assertEquals("Older title", old.unit("ocr-f17").orElseThrow().spec().title(), "the old portfolio is unchanged");
        assertEquals(List.of(), SpecDrift.between(adopted, BUNDLED));
    }

    @Test
    void adoptingIsRefusedWhileEvidenceMapsToCriteriaTheNewSpecificationLacks() throws Exception {
        Portfolio old = withF17(spec -> {
            ArrayNode lo3 = spec.withArray("learningOutcomes").get(2).withArray("criteria");
            lo3.addObject().put("number", "3.5").put("text", "A criterion later withdrawn.");
            lo3.addObject().put("number", "3.6").put("text", "Another.");
        });
        old = addRow(old, new EvidenceRow("r9", "E9", "Report", List.of("P"), LocalDate.of(2026, 5, 1), null, null,
                List.of("1.1", "3.5", "3.6")));
        SpecDrift drift = SpecDrift.between(old, BUNDLED).get(0);
        assertEquals(List.of("criteria 3.5, 3.6 removed"), drift.changes());

        assertEquals(List.of("E9 (3.5, 3.6)"), drift.orphanedMappings(old));
        Portfolio before = old;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> drift.adopt(before));
        assertEquals("unit F17 keeps its current specification: evidence E9 (3.5, 3.6) is mapped to criteria that "
                + "the bundled specification does not have. Remove those ticks first, then adopt it.", e.getMessage());
    }

    @Test
    void aDriftIsNotAdoptedIntoAPortfolioWithoutItsUnit() throws Exception {
        SpecDrift drift = SpecDrift.between(withF17(spec -> spec.put("title", "Older title")), BUNDLED).get(0);
        Portfolio withoutF17 = Portfolios.small();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> drift.adopt(withoutF17));
        assertEquals("the portfolio has no unit F17", e.getMessage());
    }

    @Test
    void aCentresOwnUnitChangedInTheUnitsFolderIsNamedByItsFile() throws Exception {
        Portfolio portfolio = SmallPortfolio.create().withUnits(List.of(PortfolioUnit.empty(SmallUnit.parse(SmallUnit.JSON))));
        Path file = Files.createDirectories(home.resolve("units")).resolve("centre-u1.json");
        Files.writeString(file, SmallUnit.JSON.replace("Prepare the briefing", "Prepare and rehearse the briefing"));

        List<SpecDrift> drifts = SpecDrift.between(portfolio, UnitCatalog.load(file.getParent()));

        assertEquals(List.of("Unit U1: the specification in " + file + " differs from this portfolio's copy: "
                + "criterion 1.1 reworded"), drifts.stream().map(SpecDrift::summary).toList());
    }

    @Test
    void aUnitNoLongerOfferedIsNotDrift() throws Exception {
        Portfolio portfolio = SmallPortfolio.create().withUnits(List.of(PortfolioUnit.empty(SmallUnit.parse(SmallUnit.JSON))));
        assertEquals(List.of(), SpecDrift.between(portfolio, BUNDLED), "its copy in the portfolio is all there is");
    }

    private static Portfolio withF17(Consumer<ObjectNode> change) throws Exception {
        return withFirstUnit(SmallPortfolio.create(), change);
    }

    private static Portfolio withFirstUnit(Portfolio portfolio, Consumer<ObjectNode> change) throws Exception {
        ObjectNode spec = JsonConfig.mapper().valueToTree(portfolio.units().get(0).spec());
        change.accept(spec);
        UnitSpec older = JsonConfig.mapper().treeToValue(spec, UnitSpec.class);
        assertNotEquals(portfolio.units().get(0).spec(), older);
        List<PortfolioUnit> units = new ArrayList<>(portfolio.units());
        units.set(0, units.get(0).withSpec(older));
        return portfolio.withUnits(units);
    }

    private static Portfolio addRow(Portfolio portfolio, EvidenceRow row) {
        PortfolioUnit unit = portfolio.units().get(0);
        List<EvidenceRow> rows = new ArrayList<>(unit.evidence());
        rows.add(row);
        return portfolio.withUnits(List.of(unit.withEvidence(rows)));
    }
}
