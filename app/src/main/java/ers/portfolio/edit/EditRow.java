package ers.portfolio.edit;

import ers.portfolio.EvidenceItem;
import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.text.Plural;
import java.time.LocalDate;
import java.util.List;

/**
 * Changes one field of an evidence item, on every sheet that lists it. Build it with the typed
 * factories; the field decides what the value is.
 */
public record EditRow(String unitId, String rowId, Field field, Object value) implements Edit {

    public enum Field { REFERENCE, TITLE, METHODS, DATE, LOCATION, NOTES }

    public static EditRow reference(String unitId, String rowId, String reference) {
        return new EditRow(unitId, rowId, Field.REFERENCE, reference.strip());
    }

    public static EditRow title(String unitId, String rowId, String title) {
        return new EditRow(unitId, rowId, Field.TITLE, title);
    }

    public static EditRow methods(String unitId, String rowId, List<String> codes) {
        return new EditRow(unitId, rowId, Field.METHODS, List.copyOf(codes));
    }

    public static EditRow date(String unitId, String rowId, LocalDate date) {
        return new EditRow(unitId, rowId, Field.DATE, date);
    }

    /** Where the evidence is kept; blank means not recorded. */
    public static EditRow location(String unitId, String rowId, String location) {
        return new EditRow(unitId, rowId, Field.LOCATION, blankToNull(location));
    }

    public static EditRow notes(String unitId, String rowId, String notes) {
        return new EditRow(unitId, rowId, Field.NOTES, blankToNull(notes));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public Portfolio applyTo(Portfolio portfolio) {
        return Units.updateRow(portfolio, unitId, rowId, this::change);
    }

    @SuppressWarnings("unchecked")
    private EvidenceRow change(EvidenceRow r) {
        EvidenceItem i = r.item();
        return r.withItem(switch (field) {
            case REFERENCE -> new EvidenceItem(i.id(), (String) value, i.title(), i.methods(), i.date(), i.location(),
                    i.notes());
            case TITLE -> new EvidenceItem(i.id(), i.reference(), (String) value, i.methods(), i.date(), i.location(),
                    i.notes());
            case METHODS -> new EvidenceItem(i.id(), i.reference(), i.title(), (List<String>) value, i.date(),
                    i.location(), i.notes());
            case DATE -> new EvidenceItem(i.id(), i.reference(), i.title(), i.methods(), (LocalDate) value,
                    i.location(), i.notes());
            case LOCATION -> new EvidenceItem(i.id(), i.reference(), i.title(), i.methods(), i.date(), (String) value,
                    i.notes());
            case NOTES -> new EvidenceItem(i.id(), i.reference(), i.title(), i.methods(), i.date(), i.location(),
                    (String) value);
        });
    }

    /** Whether applying this would change nothing, so the editor does not fill Undo with no-ops. */
    public boolean changesNothing(Portfolio portfolio) {
        return change(Units.row(portfolio, unitId, rowId)).equals(Units.row(portfolio, unitId, rowId));
    }

    /** An item's fields are the same on every sheet, so an edit of one reaches every sheet that lists it. */
    @Override
    public String alsoChanged(Portfolio before) {
        List<String> others = before.sharedWith(unitId).getOrDefault(rowId, List.of());
        return others.isEmpty() ? "" : " Changed on the " + (others.size() == 1 ? "sheet" : "sheets") + " of "
                + Plural.inList(others) + " too, which " + (others.size() == 1 ? "lists " : "list ")
                + Units.row(before, unitId, rowId).reference() + ".";
    }

    @Override
    public String description() {
        return "edit " + field.name().toLowerCase();
    }
}
