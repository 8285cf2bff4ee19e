package ers.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundledUnitsTest {

    @ParameterizedTest(name = "{0} has {1} criteria in {2} outcomes")
    @CsvSource({"B13, 27, 4", "F17, 10, 3", "B14, 17, 3", "CC17, 12, 3"})
    void everyBundledUnitHasTheCriteriaOfItsSeed(String code, int criteria, int outcomes) {
        UnitSpec unit = UnitCatalog.bundledOnly().findByCodeOrId(code).orElseThrow();
        assertEquals(criteria, unit.criteria().size());
        assertEquals(outcomes, unit.learningOutcomes().size());
    }

    @ParameterizedTest(name = "{0} lists its criteria in numeric order")
    @CsvSource({"B13", "F17", "B14", "CC17"})
    void criteriaAreInNumericOrder(String code) {
        List<String> numbers = UnitCatalog.bundledOnly().findByCodeOrId(code).orElseThrow()
                .criteria().stream().map(Criterion::number).toList();
        List<String> sorted = numbers.stream().sorted(CriterionNumber.ORDER).toList();
        assertEquals(sorted, numbers);
    }
}
