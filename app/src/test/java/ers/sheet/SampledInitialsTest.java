package ers.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Initials taken from a verifier's name, which may hold a part without any letter. */
class SampledInitialsTest {

    @Test
    void aPartOfTheNameWithoutLettersGivesNoInitial() {
        assertEquals("AL", SampledInitials.initials("Ann 2 Lee"));
    }

    @Test
    void hyphenatedPartsEachGiveAnInitial() {
        assertEquals("MJO", SampledInitials.initials("Mary-Jane O'Neill"));
    }
}
