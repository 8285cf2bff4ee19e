package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * One piece of the candidate's evidence, filed once in the portfolio however many sheets it
 * covers criteria on: an observation that covers criteria in three units is one item on three sheets.
 *
 * @param id        stable identity, unique in the portfolio, unchanged when the reference is edited
 * @param reference what the sheets print, e.g. {@code E7}
 * @param methods   codes from the centre's method key
 * @param date      when the evidence was produced or assessed, if recorded
 * @param location  where the evidence is kept (file, folder, e-portfolio page)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceItem(String id, String reference, String title, List<String> methods, LocalDate date,
                           String location, String notes) {

    public EvidenceItem {
        methods = methods == null ? List.of() : List.copyOf(methods);
    }
}
