package ers.portfolio;

import com.fasterxml.jackson.annotation.JsonInclude;
import ers.spec.CriterionNumber;
import java.util.List;

/**
 * One line of a unit's record sheet as the file keeps it: which evidence item, and the criteria
 * of this unit it covers.
 *
 * @param evidence the item's id in the portfolio's evidence list
 * @param rowId    the row's id as seals given under format 1 know it, where it differs from the
 *                 item's id (format 1 kept row ids unique only within a unit, so an upgrade may
 *                 have had to give the item a new one); null otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SheetEntry(String evidence, List<String> criteria, String rowId) {

    public SheetEntry {
        criteria = criteria == null ? List.of() : CriterionNumber.inOrder(criteria);
    }
}
