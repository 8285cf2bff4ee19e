package ers.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.EvidenceRow;
import ers.portfolio.HistoryEntry;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.Role;
import ers.portfolio.Seal;
import ers.portfolio.Signature;
import ers.portfolio.SignatureState;
import ers.portfolio.seal.PersonalCertificate;
import ers.portfolio.seal.SealVerifier;
import ers.portfolio.seal.SealedContent;
import ers.portfolio.seal.SignedSheets;
import ers.portfolio.seal.SigningKey;
import ers.spec.Criterion;
import ers.spec.LearningOutcome;
import ers.spec.UnitSpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * After signing, change each kind of thing a sheet holds, once in the model and once by editing
 * the saved file by hand; verification must name exactly the signatures that vouched for it.
 */
class TamperTest {

    private static final Set<Role> EVERYONE = Set.of(Role.CANDIDATE, Role.ASSESSOR, Role.COUNTERSIGNING_ASSESSOR,
            Role.INTERNAL_VERIFIER);

    private static SigningKey assessorKey;
    private static Portfolio signed;

    @TempDir
    static Path home;

    @BeforeAll
    static void signTheSheet() throws Exception {
        System.setProperty("ers.home", home.toString());
        assessorKey = PersonalCertificate.create("Jane Smith", "Northgate College", SignedSheets.CLOCK);
        signed = SignedSheets.signedByAll(assessorKey);
    }

    @AfterAll
    static void forgetHome() {
        System.clearProperty("ers.home");
    }

    /** One kind of change: how to make it in the model, the same by hand in the file, and who it voids. */
    record Tamper(String what, UnaryOperator<Portfolio> inModel, String fileBefore, String fileAfter, Set<Role> voids) {
        @Override
        public String toString() {
            return what;
        }
    }

    static Stream<Tamper> tampers() {
        return Stream.of(
                new Tamper("a tick", p -> row(p, 0, r -> new EvidenceRow(r.id(), r.reference(), r.title(), r.methods(),
                        r.date(), r.location(), r.notes(), List.of("1.1", "1.3", "2.1"))),
                        "[ \"1.1\", \"1.2\", \"1.3\", \"2.1\" ]", "[ \"1.1\", \"1.3\", \"2.1\" ]", EVERYONE),
                new Tamper("a title", p -> row(p, 0, r -> new EvidenceRow(r.id(), r.reference(), "Observation of team meeting",
                        r.methods(), r.date(), r.location(), r.notes(), r.criteria())),
                        "Observation of team briefing", "Observation of team meeting", EVERYONE),
                new Tamper("a method", p -> row(p, 0, r -> new EvidenceRow(r.id(), r.reference(), r.title(), List.of("WT"),
                        r.date(), r.location(), r.notes(), r.criteria())),
                        "\"methods\" : [ \"O\" ]", "\"methods\" : [ \"WT\" ]", EVERYONE),
                new Tamper("an evidence date", p -> row(p, 0, r -> new EvidenceRow(r.id(), r.reference(), r.title(),
                        r.methods(), LocalDate.of(2026, 2, 4), r.location(), r.notes(), r.criteria())),
                        "\"2026-02-03\"", "\"2026-02-04\"", EVERYONE),
                new Tamper("a reference", p -> row(p, 1, r -> new EvidenceRow(r.id(), "E7", r.title(), r.methods(),
                        r.date(), r.location(), r.notes(), r.criteria())),
                        "\"reference\" : \"E2\"", "\"reference\" : \"E7\"", EVERYONE),
                new Tamper("the candidate's name", p -> new Portfolio(p.format(), p.formatVersion(),
                        new ers.portfolio.Candidate("Aled Hughs", p.candidate().number()), p.centre(), p.qualification(),
                        p.people(), p.methods(), p.units()),
                        "\"name\" : \"Aled Hughes\",\n    \"number\"", "\"name\" : \"Aled Hughs\",\n    \"number\"", EVERYONE),
                new Tamper("a criterion's wording", p -> criterionText(p, "1.1", "State organisational requirements for customer service."),
                        "State organisational, legal and regulatory requirements for customer service.",
                        "State organisational requirements for customer service.", EVERYONE),
                new Tamper("the assessor's signature", p -> signatureDate(p, Role.ASSESSOR, LocalDate.of(2026, 3, 13)),
                        "\"date\" : \"2026-03-14\"", "\"date\" : \"2026-03-13\"",
                        Set.of(Role.ASSESSOR, Role.COUNTERSIGNING_ASSESSOR, Role.INTERNAL_VERIFIER)),
                new Tamper("the candidate's signature", p -> signatureDate(p, Role.CANDIDATE, LocalDate.of(2026, 3, 9)),
                        "\"date\" : \"2026-03-10\"", "\"date\" : \"2026-03-09\"",
                        Set.of(Role.CANDIDATE, Role.INTERNAL_VERIFIER)),
                new Tamper("an earlier history entry", p -> firstHistoryEntryName(p, "A. Hughes"),
                        "\"action\" : \"signed\",\n      \"role\" : \"candidate\",\n      \"name\" : \"Aled Hughes\"",
                        "\"action\" : \"signed\",\n      \"role\" : \"candidate\",\n      \"name\" : \"A. Hughes\"",
                        Set.of(Role.ASSESSOR, Role.COUNTERSIGNING_ASSESSOR, Role.INTERNAL_VERIFIER)));
    }

    @ParameterizedTest(name = "changing {0} in the model")
    @MethodSource("tampers")
    void changingTheModelVoidsWhatVouchedForIt(Tamper tamper) {
        Portfolio changed = tamper.inModel().apply(signed);
        PortfolioUnit unit = SignedSheets.only(changed);
        Set<Role> voids = Arrays.stream(Role.values())
                .filter(r -> SealVerifier.state(changed, unit, r) == SignatureState.VOID).collect(Collectors.toSet());
        assertEquals(tamper.voids(), voids);
    }

    @ParameterizedTest(name = "changing {0} by hand in the file")
    @MethodSource("tampers")
    void editingTheFileVoidsWhatVouchedForIt(Tamper tamper, @TempDir Path dir) throws Exception {
        String json = new String(PortfolioWriter.toBytes(signed), StandardCharsets.UTF_8);
        assertEquals(1, json.split(java.util.regex.Pattern.quote(tamper.fileBefore()), -1).length - 1,
                "the edit must hit exactly one place: " + tamper.fileBefore());
        Path file = dir.resolve("edited.ers.json");
        Files.writeString(file, json.replace(tamper.fileBefore(), tamper.fileAfter()));

        VerifyOutput result = VerifyOutput.run(file.toString());

        assertEquals(3, result.exitCode(), result.out() + result.err());
        Map<String, String> expected = new LinkedHashMap<>();
        for (Role role : List.of(Role.CANDIDATE, Role.ASSESSOR, Role.COUNTERSIGNING_ASSESSOR, Role.INTERNAL_VERIFIER)) {
            expected.put(role.label(), tamper.voids().contains(role) ? "VOID" : "valid");
        }
        expected.put(Role.COUNTERSIGNING_VERIFIER.label(), "absent");
        assertEquals(expected, new LinkedHashMap<>(orderedLike(expected, result.statuses())), result.out());
    }

    @Test
    void anUntouchedFileVerifies(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("signed.ers.json");
        PortfolioWriter.save(signed, file);
        VerifyOutput result = VerifyOutput.run(file.toString());
        assertEquals(0, result.exitCode(), result.out());
        assertTrue(result.out().contains("key-signed by CN=Jane Smith,O=Northgate College (untrusted"), result.out());
    }

    @Test
    void aForgerWhoRecomputesTheDigestsStillFailsAKeySignedSeal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("forged.ers.json");
        String json = new String(PortfolioWriter.toBytes(signed), StandardCharsets.UTF_8);
        Files.writeString(file, json.replace("Observation of team briefing", "Observation of team meeting"));
        PortfolioWriter.save(recomputeEveryDigest(PortfolioReader.read(file)), file);

        VerifyOutput result = VerifyOutput.run(file.toString());

        assertEquals(3, result.exitCode(), result.out());
        assertEquals("VOID", result.statuses().get("Assessor"), result.out());
        assertTrue(result.out().contains("certificate signature does not match the sheet"), result.out());
        assertEquals("valid", result.statuses().get("Candidate"),
                "a digest-only seal proves no more than the file: why key-signing exists");
    }

    /** What someone editing the file could do without the assessor's key: put fresh digests in every seal. */
    private static Portfolio recomputeEveryDigest(Portfolio p) {
        Portfolio out = p;
        for (Role role : Role.values()) {
            PortfolioUnit unit = SignedSheets.only(out);
            if (unit.signature(role).isEmpty()) {
                continue;
            }
            Signature s = unit.signature(role).get();
            SealedContent content = SealedContent.of(s.seal().formOrFirst(), out, unit, s, s.seal().history());
            Signature forged = new Signature(s.role(), s.name(), s.date(), s.drawing(), s.typed(), s.note(),
                    new Seal(Seal.SHA_256, content.digest(), s.seal().history(), content.parts(), s.seal().cms(),
                            s.seal().form()));
            out = withSignature(out, forged);
        }
        return out;
    }

    private static Map<String, String> orderedLike(Map<String, String> template, Map<String, String> actual) {
        Map<String, String> out = new LinkedHashMap<>();
        template.keySet().forEach(k -> out.put(k, actual.get(k)));
        return out;
    }

    private static Portfolio row(Portfolio p, int index, UnaryOperator<EvidenceRow> change) {
        PortfolioUnit unit = SignedSheets.only(p);
        List<EvidenceRow> rows = new ArrayList<>(unit.evidence());
        rows.set(index, change.apply(rows.get(index)));
        return p.withUnits(List.of(unit.withEvidence(rows)));
    }

    private static Portfolio criterionText(Portfolio p, String number, String text) {
        PortfolioUnit unit = SignedSheets.only(p);
        UnitSpec s = unit.spec();
        List<LearningOutcome> outcomes = s.learningOutcomes().stream().map(lo -> new LearningOutcome(lo.number(),
                lo.title(), lo.criteria().stream().map(c -> c.number().equals(number) ? new Criterion(number, text) : c)
                .toList(), lo.guidance())).toList();
        UnitSpec changed = new UnitSpec(s.formatVersion(), s.id(), s.awardingBody(), s.code(), s.title(), s.ocrUnitNumber(),
                s.sectorUnitNumber(), s.unitReferenceNumber(), s.level(), s.creditValue(), s.guidedLearningHours(),
                s.expiryDate(), s.purpose(), s.outcomeStem(), s.criterionStem(), s.thirdColumnHeading(), outcomes,
                s.sections(), s.transcriptionNotes(), s.unknown(), s.incomplete());
        return p.withUnits(List.of(new PortfolioUnit(changed, unit.evidence(), unit.signatures(), unit.history())));
    }

    private static Portfolio firstHistoryEntryName(Portfolio p, String name) {
        PortfolioUnit unit = SignedSheets.only(p);
        List<HistoryEntry> history = new ArrayList<>(unit.history());
        HistoryEntry first = history.get(0);
        history.set(0, new HistoryEntry(first.at(), first.action(), first.role(), name, first.detail()));
        return p.withUnits(List.of(new PortfolioUnit(unit.spec(), unit.evidence(), unit.signatures(), history)));
    }

    private static Portfolio signatureDate(Portfolio p, Role role, LocalDate date) {
        Signature s = SignedSheets.only(p).signature(role).orElseThrow();
        return withSignature(p, new Signature(role, s.name(), date, s.drawing(), s.typed(), s.note(), s.seal()));
    }

    private static Portfolio withSignature(Portfolio p, Signature signature) {
        PortfolioUnit unit = SignedSheets.only(p);
        List<Signature> signatures = unit.signatures().stream()
                .map(s -> s.role() == signature.role() ? signature : s).toList();
        return p.withUnits(List.of(new PortfolioUnit(unit.spec(), unit.evidence(), signatures, unit.history())));
    }
}
