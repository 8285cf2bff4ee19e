package ers.spec;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;

/**
 * Why a header value of the unit is not known (for example "not shown on the register page"),
 * one reason per value left {@code null}. A value that is known has no reason here.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Unknowns(String title, String level, String creditValue, String guidedLearningHours) {

    public static final Unknowns NONE = new Unknowns(null, null, null, null);

    /** {@code level not known (not shown on the register page)}, one entry per unknown value. */
    public List<String> described() {
        List<String> out = new ArrayList<>();
        add(out, "title", title);
        add(out, "level", level);
        add(out, "credit value", creditValue);
        add(out, "guided learning hours", guidedLearningHours);
        return out;
    }

    private static void add(List<String> out, String what, String reason) {
        if (reason != null) {
            out.add(what + " not known (" + reason + ")");
        }
    }
}
