package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The lines of a record sheet that someone signs, in the order the sheet prints them. */
public enum Role {
    CANDIDATE("candidate", "Candidate"),
    ASSESSOR("assessor", "Assessor"),
    COUNTERSIGNING_ASSESSOR("countersigningAssessor", "Countersigning assessor"),
    INTERNAL_VERIFIER("internalVerifier", "Internal verifier"),
    COUNTERSIGNING_VERIFIER("countersigningVerifier", "Countersigning verifier");

    private final String key;
    private final String label;

    Role(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used in files and in the canonical form, e.g. {@code countersigningAssessor}. */
    @JsonValue
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The label inside a sentence: {@code the countersigning assessor}. */
    public String inSentence() {
        return label.toLowerCase(Locale.ROOT);
    }

    /** The role a file names by {@link #key()}, if any. */
    public static Optional<Role> byKey(String key) {
        return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
    }

    /**
     * The signatures this one vouches for besides the sheet: a countersignature stands behind the
     * signature it counters, and a verifier behind everything given before sampling.
     */
    public List<Role> signsOver() {
        return switch (this) {
            case CANDIDATE, ASSESSOR -> List.of();
            case COUNTERSIGNING_ASSESSOR -> List.of(ASSESSOR);
            case INTERNAL_VERIFIER -> List.of(CANDIDATE, ASSESSOR, COUNTERSIGNING_ASSESSOR);
            case COUNTERSIGNING_VERIFIER -> List.of(CANDIDATE, ASSESSOR, COUNTERSIGNING_ASSESSOR, INTERNAL_VERIFIER);
        };
    }
}
