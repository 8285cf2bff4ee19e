package ers.portfolio;

import ers.spec.CriterionNumber;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One row of a record sheet as it prints: an evidence item of the portfolio and the criteria of
 * this unit it covers. The item's fields are the same on every sheet that lists it.
 *
 * @param id        the evidence item's id (see {@link EvidenceItem})
 * @param reference what the sheet prints, e.g. {@code E7}
 * @param criteria  numbers of the criteria covered, kept in numeric order without repeats
 * @param rowId     the row's id on this sheet as its seals know it: the item's id, except on a
 *                  sheet upgraded from format 1 where the item had to be given a new id
 */
public record EvidenceRow(String id, String reference, String title, List<String> methods, LocalDate date,
                          String location, String notes, List<String> criteria, String rowId) {

    public EvidenceRow {
        methods = methods == null ? List.of() : List.copyOf(methods);
        criteria = criteria == null ? List.of() : CriterionNumber.inOrder(criteria);
        rowId = rowId == null ? id : rowId;
    }

    /** A row whose id on the sheet is the item's own, as every row made since format 2 is. */
    public EvidenceRow(String id, String reference, String title, List<String> methods, LocalDate date,
                       String location, String notes, List<String> criteria) {
        this(id, reference, title, methods, date, location, notes, criteria, null);
    }

    public static EvidenceRow of(EvidenceItem item, List<String> criteria, String rowId) {
        return new EvidenceRow(item.id(), item.reference(), item.title(), item.methods(), item.date(),
                item.location(), item.notes(), criteria, rowId);
    }

    public boolean covers(String criterion) {
        return criteria.contains(criterion);
    }

    /** The evidence item this row shows. */
    public EvidenceItem item() {
        return new EvidenceItem(id, reference, title, methods, date, location, notes);
    }

    /** The line the file keeps for this row. */
    public SheetEntry entry() {
        return new SheetEntry(id, criteria, rowId.equals(id) ? null : rowId);
    }

    /** Whether this row shows {@code item}'s fields as they are. */
    public boolean shows(EvidenceItem item) {
        return id.equals(item.id()) && Objects.equals(reference, item.reference()) && Objects.equals(title, item.title())
                && methods.equals(item.methods()) && Objects.equals(date, item.date())
                && Objects.equals(location, item.location()) && Objects.equals(notes, item.notes());
    }

    public EvidenceRow withItem(EvidenceItem item) {
        return of(item, criteria, rowId);
    }

    public EvidenceRow withCriteria(List<String> newCriteria) {
        return new EvidenceRow(id, reference, title, methods, date, location, notes, newCriteria, rowId);
    }
}
