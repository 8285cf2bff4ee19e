package ers.portfolio.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.SignatureJudge;
import ers.testing.Portfolios;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GapsCsvTest {

    private static String csv(Portfolio p) {
        return new String(GapsCsv.of(PortfolioProgress.of(p, SignatureJudge.standard(), LocalDate.of(2026, 12, 1))),
                StandardCharsets.UTF_8);
    }

    @Test
    void oneLinePerUnitAndCriterionWithItsCoveringReferences() {
        String csv = csv(Portfolios.small());
        assertTrue(csv.startsWith("\uFEFFUnit,Unit title,Criterion,Criterion text,Status,Covered by\r\n"), csv);
        String[] lines = csv.split("\r\n");
        assertEquals(1 + 27 + 17, lines.length, "a header, B13's 27 criteria and B14's 17");
        assertTrue(lines[1].startsWith("B13,\"Plan, organise and control customer service operations\",1.1,"), lines[1]);
        assertTrue(lines[1].endsWith(",covered,E1"), lines[1]);
        assertTrue(lines[3].endsWith(",uncovered,"), lines[3]);
        assertTrue(lines[27].startsWith("B13,\"Plan, organise and control customer service operations\",4.10,"),
                "criteria in numeric order: " + lines[27]);
    }

    @Test
    void aCellThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        Portfolio p = Portfolios.small();
        PortfolioUnit b13 = p.units().get(0);
        EvidenceRow formula = Portfolios.row("f", "=HYPERLINK(\"x\")", "t", List.of("1.3"));
        Portfolio changed = p.withUnits(List.of(b13.withEvidence(List.of(formula)), p.units().get(1)));
        assertTrue(csv(changed).contains(",covered,\"'=HYPERLINK(\"\"x\"\")\"\r\n"), csv(changed));
    }
}
