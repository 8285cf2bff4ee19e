package ers.ui.units;

import ers.spec.UnitCatalog;
import ers.spec.importing.ImportedUnit;
import ers.text.Plural;
import ers.spec.importing.UnitImportException;
import ers.spec.importing.UnitImporter;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Import unit…: the source text (pasted, or read from a chosen file), the unit read from it for
 * the user to correct, and saving it once they confirm.
 */
public final class UnitImportModel {

    final StringProperty source = new SimpleStringProperty("");
    final UnitDraft draft = new UnitDraft();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Paste the specification's text, or choose its PDF or text file, then Read.");
    private final ReadOnlyObjectWrapper<Path> saved = new ReadOnlyObjectWrapper<>();
    private final Path folder;
    private final Supplier<UnitCatalog> catalog;
    private String sourceName = "the pasted text";

    public UnitImportModel(Path unitsFolder, Supplier<UnitCatalog> catalog) {
        this.folder = unitsFolder;
        this.catalog = catalog;
    }

    /** Shows a file's text (a PDF's as the importer reads it) and reads the unit from it. */
    public void choose(Path file) {
        try {
            String text = UnitImporter.sourceText(file);
            sourceName = file.getFileName().toString();
            source.set(text);
            show(UnitImporter.importText(sourceName, text));
        } catch (UnitImportException e) {
            message.set(e.getMessage());
        }
    }

    /** Reads the unit from the text as it stands in the source pane. */
    public void read() {
        try {
            show(UnitImporter.importText(sourceName, source.get()));
        } catch (UnitImportException e) {
            message.set(e.getMessage());
        }
    }

    /** Saves the unit as corrected to the units folder; the message says where, or why not. */
    public boolean save() {
        // Saving again after a correction replaces the file this window saved, rather than being refused as taken.
        Path mine = saved.get() != null && saved.get().getFileName().toString().equals(draft.id() + ".json") ? saved.get() : null;
        Path file = UnitSaving.save(draft, folder, catalog.get(), mine, message::set);
        if (file != null) {
            saved.set(file);
            message.set("Saved to " + file + "; it is offered beside the bundled units.");
        }
        return file != null;
    }

    private void show(ImportedUnit unit) {
        draft.load(unit.spec(), unit.notFound());
        draft.notYetSaved();
        message.set("Read " + Plural.of(unit.spec().learningOutcomes().size(), "learning outcome") + " and "
                + Plural.criteria(unit.spec().criteria().size())
                + (unit.notFound().isEmpty() ? "" : "; not found: " + String.join(", ", unit.notFound()))
                + ". Check every field against the source, correct it, then Save.");
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public UnitDraft draft() {
        return draft;
    }
}
