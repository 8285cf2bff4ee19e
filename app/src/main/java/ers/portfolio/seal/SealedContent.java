package ers.portfolio.seal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import ers.json.JsonConfig;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.Signature;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one signature on a unit's record sheet vouches for, as a JSON value whose canonical form
 * ({@link CanonicalJson}) is digested:
 * <pre>
 * { "form": "ers-seal-1",
 *   "sheet": { "qualification", "centre", "candidate",
 *              "unit":      the embedded unit specification, whole,
 *              "methodKey": { code: name } for each method code the evidence uses,
 *              "evidence":  [ every evidence row, in sheet order, every field ] },
 *   "signature": the signature itself without its seal (role, name, date, drawing, typed, note),
 *   "history":   [ the unit's history entries before this signature was given ],
 *   "signsOver": { role: that signature with its seal } for each role in {@link Role#signsOver()} }
 * </pre>
 * Each value is written as the portfolio file writes it; a digest is therefore a pure function of
 * the values, and anyone holding the file can recompute it.
 */
public final class SealedContent {

    /** Names this definition; a later one would get a new name and old seals keep theirs. */
    public static final String FORM = "ers-seal-1";
    static final String SHEET = "sheet/";
    static final String EVIDENCE = "evidence/";
    static final String SIGNATURE = "signature";
    static final String HISTORY = "history";
    static final String SIGNS_OVER = "signsOver/";

    private final ObjectNode tree;

    private SealedContent(ObjectNode tree) {
        this.tree = tree;
    }

    /**
     * What {@code signature} vouches for when given on {@code unit} as the portfolio is now, with
     * the first {@code history} entries of the unit's history (those before it was given).
     *
     * @throws IllegalArgumentException when the unit has fewer entries than that
     */
    public static SealedContent of(Portfolio portfolio, PortfolioUnit unit, Signature signature, int history) {
        if (history < 0 || history > unit.history().size()) {
            throw new IllegalArgumentException("the seal covers " + history + " history entries; the unit has "
                    + unit.history().size());
        }
        ObjectMapper mapper = JsonConfig.mapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("form", FORM);
        ObjectNode sheet = root.putObject("sheet");
        sheet.put("qualification", portfolio.qualification());
        sheet.set("centre", mapper.valueToTree(portfolio.centre()));
        sheet.set("candidate", mapper.valueToTree(portfolio.candidate()));
        sheet.set("unit", mapper.valueToTree(unit.spec()));
        ObjectNode key = sheet.putObject("methodKey");
        unit.evidence().stream().flatMap(r -> r.methods().stream()).distinct()
                .forEach(code -> key.put(code, portfolio.methodName(code).orElse(null)));
        sheet.set("evidence", mapper.valueToTree(unit.evidence()));
        root.set("signature", mapper.valueToTree(withoutSeal(signature)));
        root.set("history", mapper.valueToTree(unit.history().subList(0, history)));
        ObjectNode over = root.putObject("signsOver");
        for (Role role : signature.role().signsOver()) {
            unit.signature(role).ifPresent(s -> over.set(role.key(), mapper.valueToTree(s)));
        }
        return new SealedContent(root);
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
     * per row, {@code signature}, {@code signsOver/ROLE}, ...
     */
    public Map<String, String> parts() {
        Map<String, String> parts = new TreeMap<>();
        tree.get("sheet").properties().forEach(e -> parts.put(SHEET + e.getKey(), partDigest(e.getValue())));
        for (JsonNode row : tree.get("sheet").get("evidence")) {
            parts.put(EVIDENCE + row.get("id").asText(), partDigest(row));
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
