package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The lines of a record sheet that someone signs, in the order the sheet prints them. */
public enum Role {
    @JsonProperty("candidate") CANDIDATE("Candidate"),
    @JsonProperty("assessor") ASSESSOR("Assessor"),
    @JsonProperty("countersigningAssessor") COUNTERSIGNING_ASSESSOR("Countersigning assessor"),
    @JsonProperty("internalVerifier") INTERNAL_VERIFIER("Internal verifier"),
    @JsonProperty("countersigningVerifier") COUNTERSIGNING_VERIFIER("Countersigning verifier");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
