package ers.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.PortfolioReader;
import ers.portfolio.SmallPortfolio;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An object of hundreds of thousands of fields is refused where the limit is passed, quickly. */
class CrowdedObjectTest {

    static String crowded(int fields) throws Exception {
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < fields; i++) {
            many.append("\"f").append(i).append("\":").append(i).append(',');
        }
        return SmallPortfolio.json().replace("\"candidate\" : {", "\"candidate\" : {" + many);
    }

    @Test
    void aFileWithHundredsOfThousandsOfFieldsInOneObjectIsRefusedWhereTheLimitIsPassed() throws Exception {
        String text = crowded(400_000);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean memory = (com.sun.management.ThreadMXBean) threads;
        long allocatedBefore = memory.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();

        InvalidFileException e = assertThrows(InvalidFileException.class,
                () -> PortfolioReader.parse("crowded.ers.json", bytes));

        long millis = (System.nanoTime() - started) / 1_000_000;
        long allocated = memory.getCurrentThreadAllocatedBytes() - allocatedBefore;
        System.out.printf("400,000 fields in one object (%.1f MB): refused in %d ms, %.0f MB allocated%n",
                bytes.length / 1e6, millis, allocated / 1e6);
        Problem problem = e.problems().get(0);
        int at = text.indexOf("\"f" + JsonConfig.MAX_FIELDS + "\"");
        assertEquals(1 + text.substring(0, at).split("\n", -1).length - 1, problem.line(), problem.toString());
        assertTrue(problem.message().contains("an object has more than 20000 fields"), problem.toString());
        assertTrue(allocated < 256L * 1024 * 1024, allocated + " bytes allocated to refuse it");
    }
}
