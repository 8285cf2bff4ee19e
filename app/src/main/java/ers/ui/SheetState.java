package ers.ui;

import ers.portfolio.EvidenceRow;
import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SignatureJudge;
import ers.portfolio.UkDates;
import ers.portfolio.seal.SignOff;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The state of the sheet in front of the user: which unit, whether it is locked by a signature,
 * what its heading, warning and signatures bar say, and so when each action is off. The window's
 * menus, buttons and labels all read it, so they cannot disagree.
 */
public final class SheetState {

    private final ReadOnlyObjectWrapper<PortfolioUnit> unit = new ReadOnlyObjectWrapper<>(this, "unit");
    private final ReadOnlyBooleanWrapper locked = new ReadOnlyBooleanWrapper(this, "locked");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    private final ReadOnlyStringWrapper signatureSummary = new ReadOnlyStringWrapper(this, "signatureSummary");
    private final ObjectProperty<EvidenceRow> selectedRow = new SimpleObjectProperty<>(this, "selectedRow");
    private final BooleanBinding noPortfolio;
    private final BooleanBinding noUnit;
    private final BooleanBinding noRowToAdd;
    private final BooleanBinding noRowToChange;
    private String unitId;

    public SheetState(ObservableValue<Portfolio> portfolio, ObservableValue<EvidenceRow> selected) {
        selectedRow.bind(selected);
        noPortfolio = javafx.beans.binding.Bindings.createBooleanBinding(() -> portfolio.getValue() == null, portfolio);
        noUnit = unit.isNull();
        noRowToAdd = noUnit.or(locked);
        noRowToChange = selectedRow.isNull().or(noRowToAdd);
    }

    /** Follows the portfolio and the unit chosen in it (either may be null). */
    void show(Portfolio portfolio, String id) {
        PortfolioUnit shown = portfolio == null || id == null ? null : portfolio.unit(id).orElse(null);
        unitId = shown == null ? null : id;
        SignOff signOff = shown == null ? null : SignOff.of(portfolio, shown);
        locked.set(signOff != null && signOff.locked());
        unit.set(shown);
        if (shown == null) {
            heading.set(portfolio == null ? "No portfolio open" : "Add a unit to start mapping evidence");
            warning.set("");
            signatureSummary.set("Signatures");
            return;
        }
        heading.set(shown.spec().sheetTitle() + "  \u2014  " + UnitList.coverage(shown)
                + (shown.uncovered().isEmpty() ? "" : " (" + shown.uncovered().size() + " uncovered)"));
        boolean expired = shown.spec().isExpiredOn(LocalDate.now());
        String lockNote = locked.get()
                ? "Locked: the assessor has signed this sheet; reopen it under Signatures to change it. "
                : signOff.standingUntilChange().map(s -> s + " ").orElse("");
        warning.set(lockNote + (expired ? "\u26a0 This unit expired on " + UkDates.format(shown.spec().expiryDate())
                + ": check with the awarding body before certificating it. " : "")
                + shown.spec().incompleteNotice().map(n -> "\u26a0 " + n).orElse(""));
        signatureSummary.set(summary(portfolio, shown));
    }

    /** The collapsed Signatures bar still says where each line stands. */
    private static String summary(Portfolio portfolio, PortfolioUnit unit) {
        return "Signatures \u2014 " + Arrays.stream(Role.values())
                .map(role -> role.label() + ": " + switch (SignatureJudge.standard().judge(portfolio, unit, role)) {
                    case VALID -> "signed";
                    case VOID -> "VOID";
                    case ABSENT -> "not signed";
                    case MISSING -> "MISSING";
                })
                .collect(Collectors.joining(" \u00b7 "));
    }

    /** The id of the unit shown, or null. */
    public String unitId() {
        return unitId;
    }

    public EvidenceRow selectedRow() {
        return selectedRow.get();
    }

    public ReadOnlyBooleanProperty lockedProperty() {
        return locked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty signatureSummaryProperty() {
        return signatureSummary.getReadOnlyProperty();
    }

    public BooleanBinding noPortfolio() {
        return noPortfolio;
    }

    public BooleanBinding noUnit() {
        return noUnit;
    }

    /**
     * What an empty grid says: how to add a row when one can be added, else why not and what to do,
     * so it never suggests Add row while Add row is off.
     */
    public StringBinding emptyGridHint() {
        return javafx.beans.binding.Bindings.createStringBinding(() -> noPortfolio.get()
                ? "No portfolio open: File > New (Ctrl+N) starts one, File > Open (Ctrl+O) opens one."
                : noUnit.get() ? "No unit chosen: choose a unit on the left, or Add unit to add one."
                : locked.get() ? "No evidence rows, and none can be added: the assessor has signed this sheet."
                        + " Reopen it under Signatures to add rows."
                : EMPTY_GRID_ADD, noPortfolio, noUnit, locked);
    }

    /** What an empty grid says when a row can be added. */
    public static final String EMPTY_GRID_ADD =
            "No evidence yet: press Add row (Ctrl+Shift+A) to record the first piece.";

    /** Rows can be added to a unit shown whose sheet is not locked. */
    public BooleanBinding noRowToAdd() {
        return noRowToAdd;
    }

    /** A row can be changed, moved or removed when one is selected on a sheet that takes changes. */
    public BooleanBinding noRowToChange() {
        return noRowToChange;
    }
}
