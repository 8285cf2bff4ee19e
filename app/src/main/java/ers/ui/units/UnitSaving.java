package ers.ui.units;

import ers.json.InvalidFileException;
import ers.portfolio.AtomicFiles;
import ers.spec.CatalogEntry;
import ers.spec.UnitCatalog;
import ers.spec.UnitSpec;
import ers.spec.UnitSpecWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** Saves a unit to the user's units folder, whole or not at all, under an id no other unit uses. */
final class UnitSaving {

    private UnitSaving() {
    }

    /**
     * Saves the draft if it is valid, saying in {@code message} where it went or why it did not.
     *
     * @return the file written, or null when nothing was saved
     */
    static Path save(UnitDraft draft, Path folder, UnitCatalog catalog, Path replacing, Consumer<String> message) {
        var spec = draft.spec();
        if (spec.isEmpty()) {
            message.accept("Not saved: " + String.join("; ", draft.problems()));
            return null;
        }
        try {
            Path file = save(spec.get(), folder, catalog, replacing);
            draft.markSaved();
            message.accept("Saved to " + file + ".");
            return file;
        } catch (IOException e) {
            message.accept("Not saved: " + e.getMessage());
            return null;
        }
    }

    /**
     * @param replacing the file the unit was opened from, which it may overwrite; null for a new unit
     * @return the file written
     * @throws IOException with a message for the user: the id is taken, or the file cannot be written
     */
    static Path save(UnitSpec unit, Path folder, UnitCatalog catalog, Path replacing) throws IOException {
        Optional<CatalogEntry> taken = catalog.entry(unit.id())
                .filter(e -> replacing == null || !Path.of(e.location()).equals(replacing));
        if (taken.isPresent()) {
            throw new IOException("the id \"" + unit.id() + "\" is already used by " + taken.get().location()
                    + "; give this unit its own id");
        }
        Path target = replacing != null ? replacing : folder.resolve(unit.id() + ".json");
        if (replacing == null && Files.exists(target)) {
            throw new IOException(target + " already exists; give this unit another id");
        }
        try {
            Files.createDirectories(target.getParent());
            AtomicFiles.write(target, UnitSpecWriter.toBytes(unit, target.toString()));
        } catch (InvalidFileException e) {
            throw new IOException("the unit would not load again: " + e.getMessage(), e);
        }
        return target;
    }
}
