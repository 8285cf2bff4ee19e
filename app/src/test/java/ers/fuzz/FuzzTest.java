package ers.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.cli.ErsCommand;
import ers.json.InvalidFileException;
import ers.json.Printable;
import ers.json.Problem;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.spec.UnitSpecReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Thousands of broken copies of the samples and unit files through the reader and the
 * {@code validate}, {@code verify} and {@code export} verbs: each is read, or refused with the
 * project's own problems naming the file; never a stack trace or another exception, never a
 * hang, and the file is left as it was. The number of copies is {@code -Dfuzz.tries=N} for the
 * reader, a tenth of it for the verbs.
 */
class FuzzTest {

    /**
     * Far above the slowest case seen (a refused file is read in milliseconds, a full export in
     * under a second); a case still running then is stopped and fails, so a hang fails the build.
     */
    private static final Duration CASE_BUDGET = Duration.ofSeconds(10);
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\tat |\\b(?:[a-z][a-z0-9]*\\.)+[A-Z]\\w*(?:Exception|Error)\\b|Caused by:");

    private static Path dir;

    record Original(String name, byte[] bytes) {
        boolean portfolio() {
            return name.endsWith(".ers.json");
        }

        @Override
        public String toString() {
            return name;
        }
    }

    record Case(Original original, List<Mutation> mutations) {
        byte[] bytes() {
            String text = new String(original.bytes(), StandardCharsets.ISO_8859_1);
            for (Mutation mutation : mutations) {
                text = mutation.apply(text);
            }
            return text.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    /** Each verb once on an unbroken sample, so that loading schemas and fonts is not counted against a case. */
    @BeforeContainer
    static void workspaceAndWarmUp() throws IOException {
        dir = Files.createTempDirectory("ers-fuzz");
        System.setProperty("ers.home", dir.resolve("home").toString());
        Path sample = Path.of(System.getProperty("ers.repo", ".."), "samples", "signed-team-leading.ers.json");
        run("validate", sample.toString());
        run("verify", sample.toString());
        run("export", sample.toString(), "--out", dir.resolve("warm-up.pdf").toString(), "--unit", "F17");
        Files.deleteIfExists(dir.resolve("warm-up.pdf"));
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        System.clearProperty("ers.home");
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Path repo = Path.of(System.getProperty("ers.repo", ".."));
        List<Original> originals = Stream.of(
                        repo.resolve("samples/complete-team-leading.ers.json"),
                        repo.resolve("samples/in-progress-customer-service.ers.json"),
                        repo.resolve("samples/signed-team-leading.ers.json"),
                        repo.resolve("app/src/test/resources/format1/signed-team-leading.v1.ers.json"),
                        repo.resolve("specs/units/ocr-f17.json"),
                        repo.resolve("specs/units/ocr-b13.json"))
                .map(FuzzTest::original).toList();
        return Arbitraries.of(originals).flatMap(original ->
                Mutation.any().list().ofMinSize(1).ofMaxSize(3).map(mutations -> new Case(original, mutations)));
    }

    /** The reader alone, as the editor opens a file: thousands of cases in a few seconds. */
    @Property
    void theReaderReadsOrRefusesABrokenFileWithItsOwnLocatedProblems(@ForAll("cases") Case broken) throws Exception {
        byte[] bytes = broken.bytes();
        Path file = dir.resolve(broken.original().name());
        Files.write(file, bytes);

        assertTimeoutPreemptively(CASE_BUDGET, () -> readOrRefuse(file, broken.original().portfolio()), broken::toString);

        expectUnchanged(file, bytes);
    }

    /**
     * The verbs, which also verify seals and lay out and write PDFs, on a tenth as many cases:
     * {@code validate}, {@code verify} and {@code export}.
     */
    @Example
    void theVerbsReadOrRefuseBrokenFilesWithTheirOwnLocatedProblems() throws Exception {
        int tries = Math.max(50, Integer.getInteger("jqwik.tries.default", 1000) / 10);
        List<Case> cases = cases().sampleStream().limit(tries).toList();
        for (Case broken : cases) {
            assertTimeoutPreemptively(CASE_BUDGET, () -> throughTheVerbs(broken), broken::toString);
        }
    }

    private static void throughTheVerbs(Case broken) throws Exception {
        byte[] bytes = broken.bytes();
        Path file = dir.resolve(broken.original().name());
        Files.write(file, bytes);

        Portfolio portfolio = readOrRefuse(file, broken.original().portfolio());
        expectLocated(broken, file, run("validate", file.toString()), Set.of(0, 1));
        if (broken.original().portfolio()) {
            expectLocated(broken, file, run("verify", file.toString()), Set.of(0, 1, 3));
            Path pdf = dir.resolve("out.pdf");
            Run export = run("export", file.toString(), "--out", pdf.toString(), "--unit",
                    portfolio == null || portfolio.units().isEmpty() ? "F17" : portfolio.units().get(0).spec().code());
            expectLocated(broken, file, export, Set.of(0, 1));
            if (export.code() == 0) {
                assertEquals("%PDF-", new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII), broken.toString());
            }
            Files.deleteIfExists(pdf);
        }
        expectUnchanged(file, bytes);
    }

    private static void expectUnchanged(Path file, byte[] bytes) throws IOException {
        assertArrayEquals(bytes, Files.readAllBytes(file), "the file is left as it was");
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(file.getFileName().toString()), left.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals("home")).toList(), "nothing else is left beside it");
        }
        Files.delete(file);
    }

    /** Read, or refused with problems that name this file; any other exception fails the property. */
    private static Portfolio readOrRefuse(Path file, boolean portfolio) {
        try {
            if (portfolio) {
                return PortfolioReader.read(file);
            }
            UnitSpecReader.read(file);
        } catch (InvalidFileException e) {
            assertFalse(e.problems().isEmpty());
            for (Problem problem : e.problems()) {
                assertEquals(file.toString(), problem.file());
                assertFalse(problem.message().isBlank());
                assertEquals(1, problem.toString().lines().count(), problem.toString());
            }
        }
        return null;
    }

    record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ErsCommand.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    /** The exit status is one the verb documents, and every complaint starts with the file it is about. */
    private static void expectLocated(Case broken, Path file, Run run, Set<Integer> codes) {
        String all = broken + "\n" + run.out() + run.err();
        assertTrue(codes.contains(run.code()), "exit " + run.code() + ": " + all);
        assertFalse(STACK_TRACE.matcher(run.out() + run.err()).find(), all);
        String name = Printable.name(file.toString());
        String out = Printable.name(dir.resolve("out.pdf").toString());
        for (String line : run.err().split("\n")) {
            assertTrue(line.isEmpty() || line.startsWith(name + ":") || line.startsWith(out + ":"), broken + ": " + line);
        }
    }

    private static Original original(Path path) {
        try {
            return new Original(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
