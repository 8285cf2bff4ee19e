package ers.portfolio.seal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioReader;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.PortfolioWriter;
import ers.portfolio.Role;
import ers.portfolio.SignatureState;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field of the format, changed in the saved file as someone editing it by hand would, with
 * the verdict a person expects written out here, not derived from what the seal covers: a field
 * left out of the seal by mistake fails its row instead of passing on both sides.
 *
 * <p>The sheet is F17 signed by the candidate, the assessor (with a key), the countersigning
 * assessor and the internal verifier. The countersigning assessor vouches for the assessor's
 * signature; the internal verifier for the three before; each signature for the history before it
 * and (form ers-seal-2) for the people named on its own line and on the lines it signs over.
 */
class TamperTableTest {

    private static final Set<Role> EVERYONE = EnumSet.of(Role.CANDIDATE, Role.ASSESSOR,
            Role.COUNTERSIGNING_ASSESSOR, Role.INTERNAL_VERIFIER);
    private static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);
    private static final Set<Role> CANDIDATE_AND_VERIFIER = EnumSet.of(Role.CANDIDATE, Role.INTERNAL_VERIFIER);
    private static final Set<Role> ASSESSOR_AND_AFTER = EnumSet.of(Role.ASSESSOR, Role.COUNTERSIGNING_ASSESSOR,
            Role.INTERNAL_VERIFIER);
    private static final Set<Role> COUNTERSIGNATURE_AND_VERIFIER = EnumSet.of(Role.COUNTERSIGNING_ASSESSOR,
            Role.INTERNAL_VERIFIER);
    private static final Set<Role> VERIFIER = EnumSet.of(Role.INTERNAL_VERIFIER);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNIT = "/units/0";
    private static final String SPEC = UNIT + "/spec";
    // The evidence library holds each item's fields; the sheet lists items with this unit's ticks.
    private static final String ROW = "/evidence/";
    private static final String SHEET = UNIT + "/sheet";
    // Signatures are saved in the order of the sheet's lines.
    private static final String CANDIDATE = UNIT + "/signatures/0";
    private static final String ASSESSOR = UNIT + "/signatures/1";
    private static final String COUNTERSIGNING = UNIT + "/signatures/2";
    private static final String VERIFIER_LINE = UNIT + "/signatures/3";
    private static final String HISTORY = UNIT + "/history/";

    private static byte[] saved;

    /** One change to the saved file and who a person expects it to void. */
    record Tamper(String what, Consumer<ObjectNode> edit, Set<Role> voids) {
        @Override
        public String toString() {
            return what;
        }
    }

    @BeforeAll
    static void signAndSave() throws Exception {
        SigningKey key = PersonalCertificate.create("Jane Smith", "Northgate College", SignedSheets.CLOCK);
        saved = PortfolioWriter.toBytes(SignedSheets.signedByAll(key));
    }

    static Stream<Tamper> tampers() {
        return Stream.of(
                // What the whole portfolio shares, printed on every sheet.
                text("the qualification", "/qualification", "OCR Level 2 NVQ in Team Leading", EVERYONE),
                text("the centre's name", "/centre/name", "Northgate Sixth Form", EVERYONE),
                text("the centre's number", "/centre/number", "54321", EVERYONE),
                text("the candidate's name", "/candidate/name", "Aled Hughs", EVERYONE),
                text("the candidate's number", "/candidate/number", "0043", EVERYONE),
                text("the name of a method the sheet uses", "/methods/0/name", "Observed practice", EVERYONE),
                text("the name of a method the sheet does not use", "/methods/9/name", "Role play", NOBODY),
                text("the assessor named in the portfolio's people", "/people/assessor/name", "Jane Smithe",
                        ASSESSOR_AND_AFTER),
                new Tamper("whether the countersigning assessor is qualified", root -> ((ObjectNode) root.at(
                        "/people/countersigningAssessor")).put("qualified", false), COUNTERSIGNATURE_AND_VERIFIER),
                // The evidence rows, field by field, and their order.
                text("a reference", ROW + "1/reference", "E7", EVERYONE),
                text("a title", ROW + "0/title", "Observation of team meeting", EVERYONE),
                new Tamper("a row's methods", root -> array(root, ROW + "0/methods").set(0, "WT"), EVERYONE),
                text("an evidence date", ROW + "0/date", "2026-02-04", EVERYONE),
                text("a location", ROW + "1/location", "Folder 3", EVERYONE),
                text("notes", ROW + "2/notes", "discussed 11/02", EVERYONE),
                new Tamper("a tick removed", root -> array(root, SHEET + "/0/criteria").remove(1), EVERYONE),
                new Tamper("the order of the rows", root -> {
                    ArrayNode rows = array(root, SHEET);
                    JsonNode first = rows.remove(0);
                    rows.insert(1, first);
                }, EVERYONE),
                // The unit specification the sheet prints.
                text("the unit's title", SPEC + "/title", "Manage customer service", EVERYONE),
                text("a criterion's wording", SPEC + "/learningOutcomes/0/criteria/0/text",
                        "State organisational requirements for customer service.", EVERYONE),
                text("an outcome's title", SPEC + "/learningOutcomes/1/title", "Be able to monitor service.", EVERYONE),
                text("a line of guidance", SPEC + "/learningOutcomes/0/guidance/0", "This might include:", EVERYONE),
                text("the unit's purpose", SPEC + "/purpose/0", "This unit is about service.", EVERYONE),
                text("the expiry date", SPEC + "/expiryDate", "2016-02-28", EVERYONE),
                new Tamper("the credit value", root -> ((ObjectNode) root.at(SPEC)).set("creditValue", IntNode.valueOf(5)),
                        EVERYONE),
                text("a section's paragraph", SPEC + "/sections/0/paragraphs/0", "Assessed by observation.", EVERYONE),
                text("a transcription note", SPEC + "/transcriptionNotes/0", "Copied as printed.", EVERYONE),
                // The signatures themselves; a change to one voids it and whoever vouched for it.
                text("the candidate's signed name", CANDIDATE + "/name", "A. Hughes", CANDIDATE_AND_VERIFIER),
                text("the candidate's signature date", CANDIDATE + "/date", "2026-03-09", CANDIDATE_AND_VERIFIER),
                new Tamper("a point of the candidate's drawing", root -> array(root, CANDIDATE + "/drawing/strokes/0/0")
                        .set(1, 51), CANDIDATE_AND_VERIFIER),
                new Tamper("the drawing's width", root -> ((ObjectNode) root.at(CANDIDATE + "/drawing"))
                        .put("width", 301), CANDIDATE_AND_VERIFIER),
                new Tamper("a point of the assessor's drawing", root -> array(root, ASSESSOR + "/drawing/strokes/1/1")
                        .set(0, 151), ASSESSOR_AND_AFTER),
                text("the assessor's signed name", ASSESSOR + "/name", "JANE SMITHE", ASSESSOR_AND_AFTER),
                text("the countersigning assessor's name", COUNTERSIGNING + "/name", "OMAR PATIL",
                        COUNTERSIGNATURE_AND_VERIFIER),
                text("the verifier's typed signature", VERIFIER_LINE + "/typed", "R.E.", VERIFIER),
                text("the verifier's signature date", VERIFIER_LINE + "/date", "2026-03-19", VERIFIER),
                // The seals: validity follows the whole digest alone; the part digests only explain.
                new Tamper("the verifier's seal digest", root -> flipLastHexDigit(root, VERIFIER_LINE + "/seal/digest"),
                        VERIFIER),
                new Tamper("a part digest in the verifier's seal", root -> flipLastHexDigit(root,
                        VERIFIER_LINE + "/seal/parts/sheet~1qualification"), NOBODY),
                new Tamper("a part digest in the assessor's seal", root -> flipLastHexDigit(root,
                        ASSESSOR + "/seal/parts/sheet~1unit"), COUNTERSIGNATURE_AND_VERIFIER),
                new Tamper("the assessor's certificate signature", root -> {
                    String cms = root.at(ASSESSOR + "/seal/cms").asText();
                    int i = cms.length() / 2;
                    char flipped = cms.charAt(i) == 'A' ? 'B' : 'A';
                    set(root, ASSESSOR + "/seal/cms", TextNode.valueOf(cms.substring(0, i) + flipped + cms.substring(i + 1)));
                }, ASSESSOR_AND_AFTER),
                new Tamper("how much history the verifier's seal covers", root -> ((ObjectNode) root.at(VERIFIER_LINE
                        + "/seal")).put("history", 2), VERIFIER),
                // The history: each signature vouches for the entries before it, none for those after.
                text("who signed first, in the history", HISTORY + "0/name", "A. Hughes", ASSESSOR_AND_AFTER),
                text("the assessor's history entry", HISTORY + "1/detail", "sealed by hand", COUNTERSIGNATURE_AND_VERIFIER),
                text("the last history entry", HISTORY + "3/detail", "sealed later", NOBODY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tampers")
    void aChangeInTheSavedFileVoidsExactlyTheSignaturesThatVouchedForIt(Tamper tamper) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(saved);
        tamper.edit().accept(root);
        assertNotEquals(JSON.readTree(saved), root, "the edit changed the file");

        Portfolio opened = PortfolioReader.parse("tampered.ers.json", JSON.writeValueAsBytes(root));

        assertEquals(tamper.voids(), voided(opened));
    }

    @Test
    void theUntouchedFileHasEverySignatureValid() throws Exception {
        assertEquals(NOBODY, voided(PortfolioReader.parse("signed.ers.json", saved)));
    }

    @Test
    void aSealWhoseDigestNoLongerMatchesIsVoidEvenWhenEveryPartStillDoes() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(saved);
        flipLastHexDigit(root, VERIFIER_LINE + "/seal/digest");
        Portfolio opened = PortfolioReader.parse("tampered.ers.json", JSON.writeValueAsBytes(root));
        PortfolioUnit unit = opened.units().get(0);

        Verdict verdict = new SealVerifier(null).verify(opened, unit, Role.INTERNAL_VERIFIER);

        assertEquals(SignatureState.VOID, verdict.state());
        assertEquals(java.util.List.of("its seal was altered: the sheet matches every part it kept"), verdict.reasons());
    }

    @Test
    void aSealWhosePartsWereAlteredButWhoseDigestMatchesStands() throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(saved);
        ObjectNode parts = (ObjectNode) root.at(VERIFIER_LINE + "/seal/parts");
        java.util.List<String> names = new java.util.ArrayList<>();
        parts.fieldNames().forEachRemaining(names::add);
        assertTrue(names.size() > 5, names.toString());
        names.forEach(name -> parts.put(name, "0".repeat(64)));
        Portfolio opened = PortfolioReader.parse("tampered.ers.json", JSON.writeValueAsBytes(root));

        Verdict verdict = new SealVerifier(null).verify(opened, opened.units().get(0), Role.INTERNAL_VERIFIER);

        assertEquals(SignatureState.VALID, verdict.state(), verdict.reasons().toString());
    }

    private static Set<Role> voided(Portfolio portfolio) {
        PortfolioUnit unit = portfolio.units().get(0);
        return Arrays.stream(Role.values())
                .filter(role -> SealVerifier.state(portfolio, unit, role) == SignatureState.VOID)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static Tamper text(String what, String pointer, String value, Set<Role> voids) {
        return new Tamper(what, root -> set(root, pointer, TextNode.valueOf(value)), voids);
    }

    private static ArrayNode array(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        assertTrue(node.isArray(), "no array at " + pointer);
        return (ArrayNode) node;
    }

    private static void flipLastHexDigit(JsonNode root, String pointer) {
        String hex = root.at(pointer).asText();
        assertEquals(64, hex.length(), "a digest at " + pointer);
        char last = hex.charAt(63);
        set(root, pointer, TextNode.valueOf(hex.substring(0, 63) + (last == '0' ? '1' : '0')));
    }

    /** Replaces the value at {@code pointer}, which must already be there. */
    private static void set(JsonNode root, String pointer, JsonNode value) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        assertFalse(root.at(at).isMissingNode(), "nothing at " + pointer);
        assertNotEquals(value, root.at(at), "the value at " + pointer + " is already " + value);
        if (parent instanceof ArrayNode array) {
            array.set(at.last().getMatchingIndex(), value);
        } else {
            ((ObjectNode) parent).set(at.last().getMatchingProperty(), value);
        }
    }
}
