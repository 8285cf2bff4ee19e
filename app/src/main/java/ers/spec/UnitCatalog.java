package ers.spec;

import ers.json.InvalidFileException;
import ers.json.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The units the user can choose from: those bundled with the application and those in the
 * user's own folder. A broken file is reported and skipped; it never stops the others loading.
 */
public final class UnitCatalog {

    private static final String BUNDLED = "specs/units";

    private final List<CatalogEntry> entries;
    private final List<Problem> problems;

    private UnitCatalog(List<CatalogEntry> entries, List<Problem> problems) {
        this.entries = List.copyOf(entries);
        this.problems = List.copyOf(problems);
    }

    /** The bundled units and, if the folder exists, every {@code *.json} in {@code userFolder}. */
    public static UnitCatalog load(Path userFolder) {
        List<CatalogEntry> entries = new ArrayList<>(Bundled.ENTRIES);
        List<Problem> problems = new ArrayList<>();
        Map<String, CatalogEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.spec().id(), e));
        for (Path file : userFiles(userFolder, problems)) {
            try {
                UnitSpec spec = UnitSpecReader.read(file);
                CatalogEntry taken = byId.get(spec.id());
                if (taken != null) {
                    problems.add(Problem.whole(file.toString(), "the id \"" + spec.id()
                            + "\" is already used by " + taken.location() + "; give this unit its own id"));
                    continue;
                }
                CatalogEntry entry = new CatalogEntry(spec, CatalogEntry.Origin.USER, file.toString());
                byId.put(spec.id(), entry);
                entries.add(entry);
            } catch (InvalidFileException e) {
                problems.addAll(e.problems());
            }
        }
        entries.sort(Comparator.comparing((CatalogEntry e) -> e.spec().code()).thenComparing(e -> e.spec().id()));
        return new UnitCatalog(entries, problems);
    }

    /** Only the bundled units, which are known to be valid (a test reads every one). */
    public static UnitCatalog bundledOnly() {
        return new UnitCatalog(Bundled.ENTRIES, List.of());
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    /** Files in the user's folder that could not be read, each with its reason. */
    public List<Problem> problems() {
        return problems;
    }

    public Optional<UnitSpec> find(String id) {
        return entry(id).map(CatalogEntry::spec);
    }

    /** The unit offered under {@code id}, with where it came from. */
    public Optional<CatalogEntry> entry(String id) {
        return entries.stream().filter(e -> e.spec().id().equals(id)).findFirst();
    }

    /** Finds a unit by the code the sheet prints ({@code F17}), ignoring case, or by its id. */
    public Optional<UnitSpec> findByCodeOrId(String codeOrId) {
        return entries.stream().map(CatalogEntry::spec)
                .filter(s -> s.code().equalsIgnoreCase(codeOrId) || s.id().equals(codeOrId))
                .findFirst();
    }

    /** Read once per run: the bundled files cannot change while the application runs. */
    private static final class Bundled {
        static final List<CatalogEntry> ENTRIES = bundled();
    }

    private static List<Path> userFiles(Path folder, List<Problem> problems) {
        List<Path> files = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : stream) {
                // A pipe or device would make the catalogue wait, or read, for ever.
                if (Files.isRegularFile(file) || Files.isDirectory(file)) {
                    files.add(file);
                } else {
                    problems.add(Problem.whole(file.toString(), "is not an ordinary file, so it was not read"));
                }
            }
        } catch (IOException e) {
            problems.add(Problem.whole(folder.toString(), "the folder cannot be read: " + e.getMessage()));
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    private static List<CatalogEntry> bundled() {
        URL url = UnitCatalog.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            throw new IllegalStateException("the bundled unit specifications are missing from the application");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return readBundled(jar.getPath(BUNDLED));
                }
            }
            return readBundled(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<CatalogEntry> readBundled(Path folder) throws IOException {
        List<CatalogEntry> out = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : stream) {
                String location = "bundled " + BUNDLED + "/" + file.getFileName();
                try (InputStream in = Files.newInputStream(file)) {
                    out.add(new CatalogEntry(UnitSpecReader.parse(location, in.readAllBytes()),
                            CatalogEntry.Origin.BUNDLED, location));
                } catch (InvalidFileException e) {
                    throw new IllegalStateException("a bundled unit is invalid: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }
}
