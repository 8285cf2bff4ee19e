package ers.portfolio.seal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ers.json.JsonConfig;
import ers.portfolio.EvidenceRow;
import ers.portfolio.People;
import ers.portfolio.Person;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Seal;
import ers.portfolio.Signature;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What one signature on a unit's record sheet vouches for, as a JSON value whose canonical form
 * ({@link CanonicalJson}) is digested:
 * <pre>
 * { "form": "ers-seal-2",
 *   "sheet": { "qualification", "centre", "candidate",
 *              "unit":      the embedded unit specification, whole,
 *              "methodKey": { code: name } for each method code the evidence uses,
 *              "evidence":  [ every row in sheet order: id, reference, title, methods, date,
 *                             location, notes, criteria ] },
 *   "people":    { role: { name, qualified } } for the signature's own line and the lines it signs over,
 *   "signature": the signature itself without its seal (role, name, date, drawing, typed, note),
 *   "history":   [ the unit's history entries before this signature was given ],
 *   "signsOver": { role: that signature with its seal } for each role in {@link Role#signsOver()} }
 * </pre>
 * The first form, {@code ers-seal-1}, is the same without {@code people}; seals given under it
 * keep it. Each value is written as the portfolio file writes it, after the model has normalised it
 * (a row's criteria sorted numerically without repeats); a digest is therefore a pure function of the
 * values, and anyone holding the file can recompute it.
 */
public final class SealedContent {

    static final String SHEET = "sheet/";
    static final String EVIDENCE = "evidence/";
    static final String SIGNATURE = "signature";
    static final String HISTORY = "history";
    static final String SIGNS_OVER = "signsOver/";
    static final String PEOPLE = "people/";

    private final ObjectNode tree;

    private SealedContent(ObjectNode tree) {
        this.tree = tree;
    }

    /**
     * What {@code signature} vouches for under {@code form} when given on {@code unit} as the
     * portfolio is now, with the first {@code history} entries of the unit's history (those before it).
     *
     * @throws IllegalArgumentException when the unit has fewer entries than that, or the form is unknown
     */
    public static SealedContent of(String form, Portfolio portfolio, PortfolioUnit unit, Signature signature,
                                   int history) {
        if (history < 0 || history > unit.history().size()) {
            throw new IllegalArgumentException("the seal covers " + history + " history entries; the unit has "
                    + unit.history().size());
        }
        if (!Seal.FORM_1.equals(form) && !Seal.FORM_2.equals(form)) {
            throw new IllegalArgumentException("no seal form " + form);
        }
        ObjectMapper mapper = JsonConfig.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("form", form);
        ObjectNode sheet = root.putObject("sheet");
        sheet.put("qualification", portfolio.qualification());
        sheet.set("centre", mapper.valueToTree(portfolio.centre()));
        sheet.set("candidate", mapper.valueToTree(portfolio.candidate()));
        sheet.set("unit", mapper.valueToTree(unit.spec()));
        ObjectNode key = sheet.putObject("methodKey");
        unit.evidence().stream().flatMap(r -> r.methods().stream()).distinct()
                .forEach(code -> key.put(code, portfolio.methodName(code).orElse(null)));
        ArrayNode rows = sheet.putArray("evidence");
        unit.evidence().forEach(r -> rows.add(row(mapper, r)));
        if (Seal.FORM_2.equals(form)) {
            ObjectNode people = root.putObject("people");
            people(portfolio.people(), signature.role()).forEach((role, person) ->
                    people.set(role.key(), mapper.valueToTree(person)));
        }
        root.set("signature", mapper.valueToTree(withoutSeal(signature)));
        root.set("history", mapper.valueToTree(unit.history().subList(0, history)));
        ObjectNode over = root.putObject("signsOver");
        for (Role role : signature.role().signsOver()) {
            unit.signature(role).ifPresent(s -> over.set(role.key(), mapper.valueToTree(s)));
        }
        return new SealedContent(root);
    }

    /** A row as every seal form writes it: the sheet's own id for it, then what the sheet prints. */
    private static ObjectNode row(ObjectMapper mapper, EvidenceRow r) {
        ObjectNode row = mapper.createObjectNode();
        row.put("id", r.rowId());
        row.put("reference", r.reference());
        row.put("title", r.title());
        row.set("methods", mapper.valueToTree(r.methods()));
        row.set("date", mapper.valueToTree(r.date()));
        row.put("location", r.location());
        row.put("notes", r.notes());
        row.set("criteria", mapper.valueToTree(r.criteria()));
        return row;
    }

    /**
     * The people whose names and qualifications decide the lines a signature stands on: its own
     * (a trainee assessor's signature needs a countersignature) and those it signs over.
     */
    private static Map<Role, Person> people(People people, Role role) {
        Map<Role, Person> out = new LinkedHashMap<>();
        for (Role r : concat(role, role.signsOver())) {
            Person person = switch (r) {
                case CANDIDATE -> null;
                case ASSESSOR -> people.assessor();
                case COUNTERSIGNING_ASSESSOR -> people.countersigningAssessor();
                case INTERNAL_VERIFIER -> people.internalVerifier();
                case COUNTERSIGNING_VERIFIER -> people.countersigningVerifier();
            };
            if (person != null) {
                out.put(r, person);
            }
        }
        return out;
    }

    private static List<Role> concat(Role role, List<Role> more) {
        return Stream.concat(Stream.of(role), more.stream()).toList();
    }

    private static Signature withoutSeal(Signature s) {
        return new Signature(s.role(), s.name(), s.date(), s.drawing(), s.typed(), s.note(), null);
    }

    /** The bytes the digest and a key-signed seal's CMS signature are taken over. */
    public byte[] canonicalBytes() {
        return CanonicalJson.bytes(tree);
    }

    /** SHA-256 of the canonical form, lower-case hex. */
    public String digest() {
        return Sha256.hex(canonicalBytes());
    }

    /**
     * Digests of the parts a person would name when the sheet changed: {@code sheet/unit},
     * {@code sheet/candidate}, {@code sheet/evidence} (the rows and their order), {@code evidence/ID}
     * per row, {@code people/ROLE}, {@code signature}, {@code signsOver/ROLE}, ...
     */
    public Map<String, String> parts() {
        Map<String, String> parts = new TreeMap<>();
        tree.get("sheet").properties().forEach(e -> parts.put(SHEET + e.getKey(), partDigest(e.getValue())));
        for (JsonNode row : tree.get("sheet").get("evidence")) {
            parts.put(EVIDENCE + row.get("id").asText(), partDigest(row));
        }
        if (tree.has("people")) {
            tree.get("people").properties().forEach(e -> parts.put(PEOPLE + e.getKey(), partDigest(e.getValue())));
        }
        parts.put(SIGNATURE, partDigest(tree.get("signature")));
        parts.put(HISTORY, partDigest(tree.get("history")));
        tree.get("signsOver").properties().forEach(e -> parts.put(SIGNS_OVER + e.getKey(), partDigest(e.getValue())));
        return parts;
    }

    private static String partDigest(JsonNode value) {
        return Sha256.hex(CanonicalJson.bytes(value));
    }
}
