package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonInclude;
import ers.spec.CriterionNumber;
import java.time.LocalDate;
import java.util.List;

/**
 * One piece of evidence on a record sheet and the criteria it covers.
 *
 * @param id        stable identity, unchanged when the reference is edited or rows are reordered
 * @param reference what the sheet prints, e.g. {@code E7}
 * @param methods   codes from the centre's method key
 * @param date      when the evidence was produced or assessed, if recorded
 * @param location  where the evidence is kept (file, folder, e-portfolio page)
 * @param criteria  numbers of the criteria covered, kept in numeric order without repeats
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvidenceRow(String id, String reference, String title, List<String> methods, LocalDate date,
                          String location, String notes, List<String> criteria) {

    public EvidenceRow {
        methods = methods == null ? List.of() : List.copyOf(methods);
        criteria = criteria == null ? List.of()
                : criteria.stream().distinct().sorted(CriterionNumber.ORDER).toList();
    }

    public boolean covers(String criterion) {
        return criteria.contains(criterion);
    }
}
