package ers.portfolio.seal;

import ers.portfolio.EvidenceRow;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Says what changed since a signature was given, by comparing the part digests its seal kept
 * with those of the sheet now. Only an explanation: validity is decided by the whole digest, so a
 * seal whose parts were tampered with is still void, just explained less precisely.
 */
final class Changes {

    private static final String UNKNOWN = "the sheet changed after signing";

    private Changes() {
    }

    static List<String> between(Map<String, String> then, Map<String, String> now, PortfolioUnit unit) {
        if (then.isEmpty()) {
            return List.of(UNKNOWN);
        }
        List<String> out = new ArrayList<>();
        Set<String> keys = new TreeSet<>(then.keySet());
        keys.addAll(now.keySet());
        boolean rowChanged = false;
        for (String key : keys) {
            String before = then.get(key);
            String after = now.get(key);
            if (Objects.equals(before, after) || key.equals(SealedContent.SHEET + "evidence")) {
                continue;
            }
            rowChanged |= key.startsWith(SealedContent.EVIDENCE);
            out.add(describe(key, before, after, unit));
        }
        if (!rowChanged && !Objects.equals(then.get(SealedContent.SHEET + "evidence"),
                now.get(SealedContent.SHEET + "evidence"))) {
            out.add("the evidence rows were reordered");
        }
        return out.isEmpty() ? List.of("its seal was altered: the sheet matches every part it kept") : out;
    }

    private static String describe(String key, String before, String after, PortfolioUnit unit) {
        if (key.startsWith(SealedContent.EVIDENCE)) {
            String id = key.substring(SealedContent.EVIDENCE.length());
            if (before == null) {
                return "evidence " + reference(unit, id) + " was added";
            }
            return after == null ? "an evidence row (id " + id + ") was removed"
                    : "evidence " + reference(unit, id) + " changed";
        }
        if (key.startsWith(SealedContent.PEOPLE)) {
            String roleKey = key.substring(SealedContent.PEOPLE.length());
            String role = Role.byKey(roleKey).map(Role::inSentence).orElse(roleKey);
            return before == null ? "the " + role + " was named after this signature was given"
                    : "the " + role + "'s name, or whether they are qualified, changed";
        }
        if (key.startsWith(SealedContent.SIGNS_OVER)) {
            String roleKey = key.substring(SealedContent.SIGNS_OVER.length());
            String role = Role.byKey(roleKey).map(Role::inSentence).orElse(roleKey);
            if (before == null) {
                return "the " + role + " signature was given after this one";
            }
            return after == null ? "the " + role + " signature it signed over was removed"
                    : "the " + role + " signature it signed over changed";
        }
        return switch (key) {
            case SealedContent.SIGNATURE -> "the signature's own name, date, drawing or note changed";
            case SealedContent.HISTORY -> "the history before it was given was changed";
            case SealedContent.SHEET + "unit" -> "the unit specification changed";
            case SealedContent.SHEET + "candidate" -> "the candidate's name or number changed";
            case SealedContent.SHEET + "centre" -> "the centre's name or number changed";
            case SealedContent.SHEET + "qualification" -> "the qualification title changed";
            case SealedContent.SHEET + "methodKey" -> "the key of assessment methods changed";
            default -> UNKNOWN;
        };
    }

    private static String reference(PortfolioUnit unit, String rowId) {
        return unit.evidence().stream().filter(r -> r.id().equals(rowId)).map(EvidenceRow::reference)
                .findFirst().orElse(rowId);
    }
}
