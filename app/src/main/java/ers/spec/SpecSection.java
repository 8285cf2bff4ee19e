package ers.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A part of the specification after the outcomes table, with the specification's own heading. */
public record SpecSection(Kind kind, String heading, List<String> paragraphs) {

    public SpecSection {
        paragraphs = List.copyOf(paragraphs);
    }

    /** What the section is about, so the application can find, say, the evidence requirements. */
    public enum Kind {
        @JsonProperty("assessment") ASSESSMENT,
        @JsonProperty("evidenceRequirements") EVIDENCE_REQUIREMENTS,
        @JsonProperty("assessmentGuidance") ASSESSMENT_GUIDANCE,
        @JsonProperty("nosMapping") NOS_MAPPING,
        @JsonProperty("functionalSkills") FUNCTIONAL_SKILLS,
        @JsonProperty("resources") RESOURCES,
        @JsonProperty("additionalInformation") ADDITIONAL_INFORMATION
    }
}
