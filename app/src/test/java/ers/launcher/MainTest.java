package ers.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void verifyWithAFileOpensTheVerifierAndNothingElseDoes() {
        assertTrue(Main.opensForVerification(new String[] {"--verify", "a.ers.json"}));
        assertFalse(Main.opensForVerification(new String[] {"verify", "a.ers.json"}), "the verb stays on the command line");
        assertFalse(Main.opensForVerification(new String[] {"--verify"}));
    }
}
