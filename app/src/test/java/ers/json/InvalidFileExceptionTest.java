package ers.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a user reads when a file has more problems than are listed. */
class InvalidFileExceptionTest {

    @Test
    void oneProblemPastTheListIsCountedInTheSingular() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i <= InvalidFileException.MAX_LISTED; i++) {
            problems.add(Problem.whole("many.ers.json", "problem " + i));
        }
        List<Problem> shown = new InvalidFileException(problems).problems();
        assertEquals("many.ers.json: and 1 more problem, not listed; fix these and check the file again",
                shown.get(shown.size() - 1).toString());
    }

    @Test
    void exactlyAHundredProblemsAreAllListedWithNothingMore() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            problems.add(Problem.whole("many.ers.json", "problem " + i));
        }
        List<Problem> shown = new InvalidFileException(problems).problems();
        assertEquals(100, shown.size());
        assertEquals("many.ers.json: problem 99", shown.get(99).toString());
    }
}
