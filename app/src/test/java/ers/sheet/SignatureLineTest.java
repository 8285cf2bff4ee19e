package ers.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ers.portfolio.SignatureState;
import org.junit.jupiter.api.Test;

/** A signature the history records but the file has lost still gets a line that says so. */
class SignatureLineTest {

    @Test
    void aMissingSignatureKeepsOnlyItsState() {
        assertEquals(new SignatureLine(SignatureState.MISSING, "", "", null, null),
                SignatureLine.of(null, SignatureState.MISSING));
    }
}
