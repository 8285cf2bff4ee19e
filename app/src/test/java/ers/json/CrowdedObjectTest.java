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

    /**
     * Just under the limit of values a file may hold, all in one array of a field the format does
     * not have: locating that one problem once indexed every value by its pointer, 2 million map
     * entries, and the JVM of a 256 MB heap ran out of memory and exited saying nothing.
     */
    @Test
    void aFileOfNearlyTwoMillionValuesIsRefusedWhereTheUnknownFieldIsWrittenWithinTheMemoryBudget() throws Exception {
        StringBuilder values = new StringBuilder("\"x\" : [ 0");
        for (int i = 1; i < 1_990_000; i++) {
            values.append(",0");
        }
        String text = inCandidate(values);

        Refusal refusal = refuse("1,990,000 values in one array", text);

        Problem problem = refusal.problem();
        String before = text.substring(0, text.indexOf("[ 0,0"));
        assertEquals(before.split("\n", -1).length + ":" + (before.length() - before.lastIndexOf('\n')),
                problem.line() + ":" + problem.column(), problem.toString());
        assertTrue(problem.message().contains("/candidate/x: this format has no field \"x\""), problem.toString());
        assertTrue(refusal.allocated() < 256L * 1024 * 1024, refusal.allocated() + " bytes allocated to refuse it");
    }

    /**
     * Objects each just under the field limit, more than the file may hold in all: the count of
     * values stops the first, streaming pass, and no tree of a million fields is built to be refused.
     */
    @Test
    void manyObjectsJustUnderTheFieldLimitAreRefusedByTheValueCountWithoutBuildingATree() throws Exception {
        StringBuilder objects = new StringBuilder("\"x\" : [ ");
        for (int o = 0; o < 60; o++) {
            objects.append(o == 0 ? "{" : ", {");
            for (int f = 0; f < JsonConfig.MAX_FIELDS - 1; f++) {
                objects.append(f == 0 ? "" : ",").append('"').append(f).append("\":0");
            }
            objects.append('}');
        }

        Refusal refusal = refuse("60 objects of 19,999 fields", inCandidate(objects));

        assertTrue(refusal.problem().message().contains("Token count (2000001) exceeds the maximum allowed (2000000)"),
                refusal.problem().toString());
        // Building the tree took 155 MB; streaming alone about 50.
        assertTrue(refusal.allocated() < 100L * 1024 * 1024, refusal.allocated() + " bytes allocated to refuse it");
    }

    /** The small portfolio with an array field, given without its closing bracket, first in its candidate object. */
    private static String inCandidate(CharSequence openArray) throws Exception {
        return SmallPortfolio.json().replace("\"candidate\" : {", "\"candidate\" : {" + openArray + " ],");
    }

    /** The first problem the reader refuses {@code text} with, and the bytes this thread allocated to refuse it. */
    private record Refusal(Problem problem, long allocated) {
    }

    private static Refusal refuse(String what, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        com.sun.management.ThreadMXBean memory = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = memory.getCurrentThreadAllocatedBytes();
        InvalidFileException e = assertThrows(InvalidFileException.class, () -> PortfolioReader.parse("many.ers.json", bytes));
        long allocated = memory.getCurrentThreadAllocatedBytes() - before;
        System.out.printf("%s (%.1f MB): refused with %.0f MB allocated%n", what, bytes.length / 1e6, allocated / 1e6);
        return new Refusal(e.problems().get(0), allocated);
    }
}
