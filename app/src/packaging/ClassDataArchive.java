import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Build step of the installer profile (run by the JDK's source launcher): makes the app-image's
 * class-data sharing archive, so that the classes the application needs at start are mapped
 * from one file instead of being read, verified and linked one by one.
 *
 * <p>The application is run on the image's own runtime as a user runs it: {@code validate} and
 * the window up to its first frame (on
 * Linux only where a display or {@code xvfb-run} is available). The classes each run loads are
 * merged into {@code ers.classlist} beside the jars, and the runtime dumps them into
 * {@code ers.jsa}, which the launcher names. The archive holds the jars' paths, so it serves the
 * image where it was built; an installed package makes its own from the same class list.
 *
 * <p>Arguments: the app-image folder, the repository's {@code samples} folder, a work folder.
 */
public final class ClassDataArchive {

    private final Path appDir;
    private final Path runtime;
    private final Path javaCommand;
    private final List<String> classPath = new ArrayList<>();
    private String mainClass;

    private ClassDataArchive(Path image) throws IOException {
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
        boolean mac = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("mac");
        Path home = mac ? image.resolve("Contents") : image;
        appDir = windows || mac ? home.resolve("app") : home.resolve("lib/app");
        runtime = mac ? home.resolve("runtime/Contents/Home") : windows ? home.resolve("runtime") : home.resolve("lib/runtime");
        javaCommand = runtime.resolve(windows ? "bin/java.exe" : "bin/java");
        // The launcher's own description of the class path, in its order.
        for (String line : Files.readAllLines(appDir.resolve("ers.cfg"), StandardCharsets.UTF_8)) {
            if (line.startsWith("app.classpath=")) {
                classPath.add(line.substring("app.classpath=".length()).replace("$APPDIR", appDir.toString()));
            } else if (line.startsWith("app.mainclass=")) {
                mainClass = line.substring("app.mainclass=".length());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path image = Path.of(args[0]).toAbsolutePath();
        Path samples = Path.of(args[1]).toAbsolutePath();
        Path work = Files.createDirectories(Path.of(args[2]).toAbsolutePath());
        new ClassDataArchive(image).make(samples, work);
    }

    private void make(Path samples, Path work) throws Exception {
        String complete = samples.resolve("complete-team-leading.ers.json").toString();
        // What users start most and wait for: the window and checking a file. The archive grows by
        // about 8 kB a class and the app-image must stay under 120 MB, so export's PDF classes
        // (3.7 MB), and verify's and certificate's own, are left out.
        List<List<String>> runs = List.of(
                List.of("validate", complete, samples.resolve("in-progress-customer-service.ers.json").toString()));
        List<String> window = windowPrefix();
        Set<String> loaded = new LinkedHashSet<>();
        int n = 0;
        for (List<String> run : runs) {
            loaded.addAll(train(List.of(), run, work.resolve("run-" + n++ + ".classlist"), work));
        }
        if (window != null) {
            loaded.addAll(train(window, List.of(complete), work.resolve("window.classlist"), work));
            // A file opens on its Overview; the sheets page, which a window without one shows, is
            // where the user goes next.
            loaded.addAll(train(window, List.of(), work.resolve("sheets.classlist"), work));
        } else {
            System.out.println("class data: no display and no xvfb-run, so the window's classes are not archived");
        }
        List<String> classes = archived(loaded);
        Path classList = appDir.resolve("ers.classlist");
        Files.write(classList, classes, StandardCharsets.UTF_8);
        List<String> dump = new ArrayList<>(List.of(javaCommand.toString(), "-Xshare:dump",
                "-XX:SharedClassListFile=" + classList, "-XX:SharedArchiveFile=" + appDir.resolve("ers.jsa"),
                "-cp", String.join(File.pathSeparator, classPath)));
        run(dump, work.resolve("dump.log"), work);
        System.out.printf("class data: %d classes of %d loaded archived in %s (%.1f MB)%n", classes.stream()
                .filter(c -> !c.startsWith("@")).count(), loaded.size(), appDir.resolve("ers.jsa"),
                Files.size(appDir.resolve("ers.jsa")) / 1e6);
    }

    /**
     * The classes worth their room in the archive (about 8 kB each): every class of the
     * application and its libraries, which the JVM would otherwise read from a jar and verify,
     * but of the runtime's own classes, which it neither unpacks from a jar nor verifies, only
     * those of the JDK's default archive.
     */
    private List<String> archived(Set<String> loaded) throws IOException {
        Set<String> runtimePackages = new HashSet<>();
        Set<String> jdkDefault;
        try (FileSystem jrt = FileSystems.newFileSystem(URI.create("jrt:/"), Map.of("java.home", runtime.toString()));
             Stream<Path> packages = Files.list(jrt.getPath("/packages"))) {
            packages.forEach(p -> runtimePackages.add(p.getFileName().toString().replace('.', '/')));
        }
        jdkDefault = new HashSet<>(Files.readAllLines(runtime.resolve("lib/classlist"), StandardCharsets.UTF_8));
        return loaded.stream().filter(line -> line.startsWith("@") || jdkDefault.contains(line)
                || !runtimePackages.contains(line.substring(0, Math.max(0, line.lastIndexOf('/'))))).toList();
    }

    /** What the window's run is started under, or null where it cannot open. */
    private static List<String> windowPrefix() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return List.of();
        }
        String display = System.getenv("DISPLAY");
        if (display != null && !display.isBlank()) {
            return List.of();
        }
        boolean xvfb = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "xvfb-run")));
        return xvfb ? List.of("xvfb-run", "-a", "-s", "-screen 0 1366x768x24") : null;
    }

    /** One run of the application; returns the classes it loaded, as the JVM listed them. */
    private List<String> train(List<String> prefix, List<String> args, Path list, Path work) throws Exception {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(javaCommand.toString(), "-Xshare:off", "-XX:DumpLoadedClassList=" + list,
                "-cp", String.join(File.pathSeparator, classPath), mainClass));
        command.addAll(args);
        run(command, work.resolve(list.getFileName() + ".log"), work);
        return Files.readAllLines(list, StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#")).toList();
    }

    private static void run(List<String> command, Path log, Path work) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // A profile of its own, so that training reads and writes nothing of the builder's.
        builder.environment().put("ERS_HOME", Files.createDirectories(work.resolve("home")).toString());
        builder.environment().put("ERS_FIRST_FRAME", "exit");
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("no end after 5 minutes: " + command + "; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exit " + process.exitValue() + " from " + command + ":\n"
                    + Files.readString(log));
        }
    }
}
