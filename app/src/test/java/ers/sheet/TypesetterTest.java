package ers.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How text is broken into lines and cut short, in a font where at 10 pt every character is 1 pt wide. */
class TypesetterTest {

    private final Typesetter type = new Typesetter(new Monospace());

    private List<String> wrap(String text, double width) throws SheetException {
        return type.wrap(text, Face.REGULAR, 10, width, "the test");
    }

    @Test
    void wordsThatFillALineExactlyStayOnIt() throws Exception {
        assertEquals(List.of("aaaaa bbbbb", "ccccc"), wrap("aaaaa bbbbb ccccc", 11));
    }

    @Test
    void aWordThatWouldOverrunTheLineStartsTheNext() throws Exception {
        assertEquals(List.of("aaaaa", "bbbbb"), wrap("aaaaa bbbbb", 10));
        assertEquals(List.of("aaaaa", "bb c"), wrap("aaaaa bb c", 5));
    }

    @Test
    void lineBreaksAreKeptButNoEmptyLineIsMade() throws Exception {
        assertEquals(List.of("ab", "cd"), wrap("ab\ncd", 20));
        assertEquals(List.of("ab", "cd"), wrap("\nab\n\ncd\n", 20));
        assertEquals(List.of(), wrap(" \n ", 20));
    }

    @Test
    void aWordWiderThanTheLineIsBrokenIntoFullPiecesAndItsTailTakesTheNextWordOnlyIfItFits() throws Exception {
        assertEquals(List.of("abcd", "efgh", "ij", "kl"), wrap("abcdefghij kl", 4));
        assertEquals(List.of("abcd", "efgh", "ij k"), wrap("abcdefghij k", 4));
        assertEquals(List.of("xy", "abcd", "ef"), wrap("xy abcdef", 4));
    }

    @Test
    void aCharacterWiderThanTheLineStandsAloneOnItsOwn() throws Exception {
        assertEquals(List.of("a", "b"), wrap("ab", 0.5));
    }

    @Test
    void entriesAreSeparatedByCommasAndOneThatDoesNotFitStartsTheNextLineWhole() throws Exception {
        List<String> entries = List.of("O = Observation", "Q = Questioning");
        assertEquals(List.of("Key: O = Observation, Q = Questioning"),
                type.wrapEntries("Key:", entries, Face.REGULAR, 10, 37, "the key"), "37 characters fit exactly");
        assertEquals(List.of("Key: O = Observation,", "Q = Questioning"),
                type.wrapEntries("Key:", entries, Face.REGULAR, 10, 36, "the key"));
    }

    @Test
    void anEntryWiderThanALineIsWrappedInsideAndTheNextOneFollowsItsLastLine() throws Exception {
        assertEquals(List.of("Key:", "O = Observation", "of work, Q"),
                type.wrapEntries("Key:", List.of("O = Observation of work", "Q"), Face.REGULAR, 10, 15, "the key"));
    }

    @Test
    void textIsCutWithAnEllipsisOnlyWhenItIsWiderThanTheRoom() {
        assertEquals("abcde", type.shorten("abcde", Face.REGULAR, 10, 5));
        assertEquals("abcde\u2026", type.shorten("abcdefghij", Face.REGULAR, 10, 6));
        assertEquals("abcd\u2026", type.shorten("abcd efgh", Face.REGULAR, 10, 6), "no space before the ellipsis");
    }
}
