package ers.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A level out of its range, or a file's level that is not one, is refused with words saying which. */
class LevelTest {

    @Test
    void aLevelOutOfRangeSaysWhichLevelsThereAre() {
        assertEquals("a level is 1 to 8", assertThrows(IllegalArgumentException.class, () -> Level.of(9)).getMessage());
        assertEquals("Entry level is 1 to 3",
                assertThrows(IllegalArgumentException.class, () -> Level.entryLevel(4)).getMessage());
    }

    @Test
    void aLevelInAFileThatIsNotOneIsNamed() {
        assertEquals("not a level: Level nine",
                assertThrows(IllegalArgumentException.class, () -> Level.fromJson("Level nine")).getMessage());
    }
}
