package ers.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.Portfolio;
import ers.portfolio.edit.SetCriterion;
import ers.testing.Portfolios;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Edits the gate refuses: each is explained and changes nothing, with scripted dialogs and no window. */
@Tag("ui")
class EditGateTest {

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ShownDocument document = new ShownDocument(UnsavedWork.NONE, () -> false, words -> { });
    private final EditGate gate = new EditGate(dialogs, document, words -> { });

    @BeforeEach
    void showSmallPortfolio() {
        document.show(Portfolios.small(), Path.of("alex.ers.json"), true);
    }

    @Test
    void textTheSheetCannotPrintIsRefusedWithItsReasonAndChangesNothing() {
        Portfolio before = document.current();
        assertFalse(gate.apply(ers.portfolio.edit.EditRow.title("ocr-b13", "r1", "Rota \uD83D\uDCF7"), true));
        assertSame(before, document.current());
        assertEquals(List.of("error: Cannot edit title: An evidence title cannot have the character \"\uD83D\uDCF7\""
                + " (U+1F4F7 CAMERA): the record sheet's font has no glyph for it, so it could not be printed."
                + " Replace or remove it."), dialogs.asked);
        assertFalse(document.unsavedProperty().get());
    }

    @Test
    void aFaultInAnEditIsLoggedAndShownAsAPlainSentenceNotItsMessage() {
        Portfolio before = document.current();
        assertFalse(gate.apply(new ers.portfolio.edit.Edit() {
            @Override
            public Portfolio applyTo(Portfolio p) {
                String missing = null;
                return p.withUnits(List.of(p.unit(missing.strip()).orElseThrow()));
            }

            @Override
            public String description() {
                return "tick 1.3";
            }
        }, true));
        assertSame(before, document.current());
        assertEquals(1, dialogs.asked.size());
        String shown = dialogs.asked.get(0);
        assertTrue(shown.startsWith("error: Cannot tick 1.3: Something went wrong in the program. Nothing was changed."
                + " The details are in the log ("), shown);
        assertFalse(shown.contains("null") || shown.contains("NullPointer") || shown.contains("strip"), shown);
    }

    @Test
    void anEditThatDoesNotApplyIsExplained() {
        gate.apply(new SetCriterion("ocr-b13", "r1", "9.1", true), true);
        assertEquals("error: Cannot tick 9.1: unit ocr-b13 has no criterion 9.1", dialogs.asked.get(0));
        assertFalse(document.unsavedProperty().get());
    }
}
