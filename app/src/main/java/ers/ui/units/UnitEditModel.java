package ers.ui.units;

import ers.spec.CatalogEntry;
import ers.spec.UnitCatalog;
import ers.spec.importing.UnitImporter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Edit unit…: a unit from the user's folder is edited in place; a bundled one is read-only until
 * "Save a copy as my unit" gives it an id of its own, so a bundled unit is never changed.
 */
public final class UnitEditModel {

    final UnitDraft draft = new UnitDraft();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final Path folder;
    private final Supplier<UnitCatalog> catalog;
    private Path file;

    public UnitEditModel(CatalogEntry entry, Path unitsFolder, Supplier<UnitCatalog> catalog) {
        this.folder = unitsFolder;
        this.catalog = catalog;
        draft.load(entry.spec(), List.of());
        boolean bundled = entry.origin() == CatalogEntry.Origin.BUNDLED;
        readOnly.set(bundled);
        file = bundled ? null : Path.of(entry.location());
        message.set(bundled ? "A bundled unit cannot be changed: Save a copy as my unit to make one you can edit."
                : "Editing " + file + ". Portfolios keep their own copy and are told of the change when opened.");
    }

    /** Makes an editable copy under a new id (and the same code), saved to the units folder. */
    public void copyAsMine() {
        String base = draft.id().startsWith("centre-") ? draft.id() : "centre-" + draft.id();
        String id = base;
        UnitCatalog units = catalog.get();
        for (int n = 2; units.entry(id).isPresent(); n++) {
            id = UnitImporter.idFor(null, base + "-" + n);
        }
        draft.id.set(id);
        readOnly.set(false);
        file = null;
        save();
    }

    public boolean save() {
        Path written = UnitSaving.save(draft, folder, catalog.get(), file, message::set);
        file = written != null ? written : file;
        return written != null;
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public UnitDraft draft() {
        return draft;
    }
}
