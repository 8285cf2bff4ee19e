package ers.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ers.json.JsonConfig;
import ers.spec.UnitCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample portfolios that the quick start opens and other tests and demos rely on. */
class SamplesTest {

    private static final Path REPO = Path.of(System.getProperty("ers.repo", ".."));
    private static final Path COMPLETE = REPO.resolve("samples/complete-team-leading.ers.json");
    private static final Path IN_PROGRESS = REPO.resolve("samples/in-progress-customer-service.ers.json");

    @Test
    void theCompletePortfolioCoversEveryCriterionOfAllFourSeedUnits() throws Exception {
        Portfolio portfolio = PortfolioReader.read(COMPLETE);
        assertEquals(List.of("F17", "B13", "B14", "CC17"),
                portfolio.units().stream().map(u -> u.spec().code()).toList());
        for (PortfolioUnit unit : portfolio.units()) {
            assertEquals(List.of(), unit.uncovered(), "uncovered criteria of " + unit.spec().code());
            int rows = unit.evidence().size();
            assertTrue(rows >= 8 && rows <= 20, unit.spec().code() + " has " + rows + " rows");
        }
    }

    @Test
    void theCompletePortfolioUsesAMixOfMethodsAllFromItsKey() throws Exception {
        Portfolio portfolio = PortfolioReader.read(COMPLETE);
        List<String> used = portfolio.units().stream().flatMap(u -> u.evidence().stream())
                .flatMap(r -> r.methods().stream()).distinct().toList();
        assertTrue(used.size() >= 5, "methods used: " + used);
        used.forEach(code -> assertTrue(portfolio.methodName(code).isPresent(), code + " is not in the key"));
        assertFalse(used.contains("S"), "the seed units do not allow simulation");
    }

    @Test
    void theInProgressPortfolioHasGapsAndAnUnmappedRow() throws Exception {
        Portfolio portfolio = PortfolioReader.read(IN_PROGRESS);
        Map<String, List<String>> gaps = portfolio.units().stream()
                .collect(Collectors.toMap(u -> u.spec().code(), PortfolioUnit::uncovered));
        assertTrue(gaps.get("B13").containsAll(List.of("1.3", "3.5", "4.10")), gaps.get("B13").toString());
        assertTrue(gaps.get("B14").contains("2.6"), gaps.get("B14").toString());
        assertEquals(12, gaps.get("CC17").size(), "a unit just added has no evidence yet");
        assertTrue(portfolio.units().stream().flatMap(u -> u.evidence().stream())
                .anyMatch(r -> r.criteria().isEmpty()), "a row received but not yet mapped");
        assertTrue(portfolio.people().needsAssessorCountersignature());
    }

    /** Self-contained files must carry the unit exactly as published, not a re-typed variant. */
    @Test
    void everyEmbeddedSpecificationIsTheBundledOneWordForWord() throws Exception {
        for (Path sample : List.of(COMPLETE, IN_PROGRESS)) {
            JsonNode units = JsonConfig.mapper().readTree(sample.toFile()).get("units");
            for (JsonNode unit : units) {
                String id = unit.get("spec").get("id").asText();
                Path bundledFile = REPO.resolve("specs/units/" + id + ".json");
                ObjectNode bundled = (ObjectNode) JsonConfig.mapper().readTree(Files.readAllBytes(bundledFile));
                bundled.remove("$schema");
                assertEquals(bundled, unit.get("spec"), sample.getFileName() + ": " + id);
                assertEquals(UnitCatalog.bundledOnly().find(id).orElseThrow(),
                        PortfolioReader.read(sample).unit(id).orElseThrow().spec());
            }
        }
    }

    @Test
    void samplesAreExactlyWhatTheWriterProduces() throws Exception {
        for (Path sample : List.of(COMPLETE, IN_PROGRESS)) {
            Portfolio portfolio = PortfolioReader.read(sample);
            assertEquals(Files.readString(sample), new String(PortfolioWriter.toBytes(portfolio), StandardCharsets.UTF_8), sample.getFileName().toString());
        }
    }
}
