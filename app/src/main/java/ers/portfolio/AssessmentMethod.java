package ers.portfolio;

import java.util.List;

/** One entry of the centre's key of assessment methods, e.g. {@code O = Observation}. */
public record AssessmentMethod(String code, String name) {

    /** The usual key; each centre edits its own. Simulation is listed because some units allow it. */
    public static List<AssessmentMethod> defaults() {
        return List.of(
                new AssessmentMethod("O", "Observation"),
                new AssessmentMethod("PD", "Professional discussion"),
                new AssessmentMethod("Q", "Questioning"),
                new AssessmentMethod("WT", "Witness testimony"),
                new AssessmentMethod("EW", "Expert witness"),
                new AssessmentMethod("P", "Product"),
                new AssessmentMethod("RA", "Reflective account"),
                new AssessmentMethod("PS", "Personal statement"),
                new AssessmentMethod("RPL", "Recognition of prior learning"),
                new AssessmentMethod("S", "Simulation"));
    }
}
