package ers.ui.sign;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.SignatureState;
import ers.portfolio.UkDates;
import ers.portfolio.seal.SealVerifier;
import ers.portfolio.seal.SheetSigning;
import ers.portfolio.seal.SignOff;
import ers.portfolio.seal.SigningDates;
import ers.portfolio.seal.TrustList;
import ers.portfolio.seal.Verdict;
import ers.ui.work.WaitingWork;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The signatures of one unit's sheet: each line's state (valid, VOID with what changed, or
 * absent), who signed and when, whether the sheet is locked, what is uncovered, and the history.
 * In the editor every line can be signed and a locked sheet reopened; in verifier mode the
 * portfolio is read-only except that the internal verifier may add their sampling initials.
 */
public final class SignaturesPanel extends VBox {

    /** What the panel lets its user do. */
    public enum Mode { EDITOR, VERIFIER }

    private final ObjectProperty<Portfolio> portfolio = new SimpleObjectProperty<>(this, "portfolio");
    private final StringProperty unitId = new SimpleStringProperty(this, "unitId");
    private final Mode mode;
    private final SheetSigning signing;
    private final Clock clock;
    private final TrustList trust;
    private final Consumer<Portfolio> commit;
    private final WaitingWork waiting;
    private final Label lock = new Label();
    private final Label uncovered = new Label();
    private final GridPane lines = new GridPane();
    private final Button reopen = new Button("Reopen sheet…");
    private final HistoryView history = new HistoryView();
    /** The lines and the history take turns in the room under the grid, so each has all of it. */
    private final TabPane parts = new TabPane();
    /** The header and a few entries of the history. */
    private static final double HISTORY_LEAST = 150;
    private final VBox signatureLines = new VBox(8);
    private FormWindow form;

    /** @param commit receives each new portfolio a signing or reopening makes */
    /** @param waiting seals a sheet while the window waits without freezing */
    public SignaturesPanel(Mode mode, Clock clock, TrustList trust, WaitingWork waiting, Consumer<Portfolio> commit) {
        this.mode = mode;
        this.waiting = waiting;
        this.clock = clock;
        this.signing = new SheetSigning(clock);
        this.trust = trust;
        this.commit = commit;
        setId("signaturesPanel");
        setSpacing(8);
        setPadding(new Insets(8));
        lock.setId("lockState");
        lock.setWrapText(true);
        uncovered.setId("uncovered");
        uncovered.setWrapText(true);
        lines.setHgap(10);
        lines.setVgap(4);
        reopen.setId("reopenSheet");
        reopen.setMinWidth(Region.USE_PREF_SIZE);
        reopen.setOnAction(e -> openForm("Reopen sheet",
                form -> new ReopenPane(portfolio.get(), unitId.get(), signing, this::done, form::close)));
        reopen.setVisible(mode == Mode.EDITOR);
        reopen.setManaged(mode == Mode.EDITOR);
        Tab linesTab = new Tab("Signatures", signatureLines);
        linesTab.setId("signatureLinesTab");
        Tab historyTab = new Tab("History", history);
        historyTab.setId("signatureHistoryTab");
        parts.getTabs().setAll(linesTab, historyTab);
        parts.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(parts, Priority.ALWAYS);
        history.setPrefHeight(HISTORY_LEAST);
        // No line is cut off: the grid above gives up rows first.
        parts.setMinHeight(Region.USE_PREF_SIZE);
        setMinHeight(Region.USE_PREF_SIZE);
        // After the layout pass that measured them: a size asked for during it would be lost.
        signatureLines.heightProperty().addListener((o, was, now) -> Platform.runLater(this::fitToLines));
        HBox.setHgrow(lock, Priority.ALWAYS);
        lock.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(10, lock, reopen);
        top.setAlignment(Pos.CENTER_LEFT);
        signatureLines.getChildren().addAll(uncovered, lines);
        signatureLines.setPadding(new Insets(6, 0, 0, 0));
        getChildren().addAll(top, parts);
        portfolio.addListener((o, was, now) -> refresh());
        unitId.addListener((o, was, now) -> refresh());
        refresh();
    }

    /** The portfolio shown; set it whenever the open portfolio changes. */
    public ObjectProperty<Portfolio> portfolioProperty() {
        return portfolio;
    }

    /** The spec id of the unit shown. */
    public StringProperty unitIdProperty() {
        return unitId;
    }

    private Optional<PortfolioUnit> unit() {
        return portfolio.get() == null || unitId.get() == null ? Optional.empty() : portfolio.get().unit(unitId.get());
    }

    /** Takes the history out of the panel, for a window that gives it room of its own. */
    public HistoryView takeHistory() {
        parts.getTabs().forEach(t -> t.setContent(null));
        getChildren().set(getChildren().indexOf(parts), signatureLines);
        return history;
    }

    /** Checks every line again, e.g. after the user trusted another certificate. */
    public void refresh() {
        lines.getChildren().clear();
        Optional<PortfolioUnit> shown = unit();
        history.show(portfolio.get(), shown.orElse(null));
        if (shown.isEmpty()) {
            lock.setText("No unit selected");
            uncovered.setText("");
            reopen.setDisable(true);
            return;
        }
        Portfolio p = portfolio.get();
        PortfolioUnit unit = shown.get();
        SignOff signOff = SignOff.of(p, unit);
        boolean locked = signOff.locked();
        lock.setText(locked ? "Locked: the assessor has signed; the evidence cannot change until the sheet is reopened."
                : "Open: the evidence can change." + signOff.standingUntilChange().map(s -> " " + s).orElse(""));
        lock.setStyle(locked ? "-fx-text-fill: #225;" : "");
        uncovered.setText(unit.uncovered().isEmpty() ? "Every criterion is covered."
                : "Not covered: " + String.join(", ", unit.uncovered()));
        reopen.setDisable(!locked);
        List<Verdict> verdicts = new SealVerifier(trust).verifyAll(p, unit);
        int row = 0;
        for (Verdict verdict : verdicts) {
            lines.addRow(row++, line(p, unit, verdict, signOff));
        }
        fitToLines();
    }

    /**
     * The tabs do not grow with the lines they hold (TabPane asks the history for its height), so
     * the history asks for the lines' height, known once they are styled and laid out, and no
     * line is cut off.
     */
    private void fitToLines() {
        double wanted = Math.max(HISTORY_LEAST, signatureLines.prefHeight(-1));
        if (wanted != history.getPrefHeight()) {
            history.setPrefHeight(wanted);
            parts.requestLayout();
            requestLayout();
            if (getParent() != null) {
                getParent().requestLayout();
            }
        }
    }

    private Region[] line(Portfolio p, PortfolioUnit unit, Verdict verdict, SignOff signOff) {
        Role role = verdict.role();
        Label name = new Label(role.label());
        boolean needed = SignOff.isNeeded(p, role);
        Label status = new Label(needed || verdict.state() != SignatureState.ABSENT ? verdict.stateWord() : "not needed");
        status.setId("status-" + role.key());
        status.setStyle(switch (verdict.state()) {
            case VALID -> "-fx-text-fill: #060; -fx-font-weight: bold;";
            case VOID, MISSING -> "-fx-text-fill: #b00; -fx-font-weight: bold;";
            case ABSENT -> "-fx-text-fill: #5f5f5f;";
        });
        Label detail = new Label(String.join("; ", about(unit, verdict)));
        detail.setId("detail-" + role.key());
        detail.setWrapText(true);
        detail.setMaxWidth(420);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        Button sign = new Button(verdict.state() == SignatureState.VOID ? "Sign again…" : "Sign…");
        sign.setId("sign-" + role.key());
        boolean allowedHere = mode == Mode.EDITOR || role == Role.INTERNAL_VERIFIER;
        Optional<String> whyNot = signOff.whyNot(role);
        sign.setDisable(!allowedHere || whyNot.isPresent());
        String help = whyNot.map(w -> "Cannot sign now: " + w + ".").orElse("Sign the " + role.inSentence() + " line");
        sign.setTooltip(new Tooltip(help));
        sign.setAccessibleHelp(help);
        sign.setOnAction(e -> openForm("Sign: " + role.label(),
                form -> new SignPane(p, unit.spec().id(), role, signing, clock, waiting, this::done, form::close)));
        // A disabled button takes no mouse events, so the reason is shown from the space around it.
        StackPane holder = new StackPane(sign);
        holder.setId("signHolder-" + role.key());
        Tooltip.install(holder, new Tooltip(help));
        sign.setVisible(allowedHere);
        holder.setVisible(allowedHere);
        holder.setManaged(allowedHere);
        return new Region[] {name, status, holder, detail};
    }

    /** Who signed and when, what changed, which certificate, and whether its dates agree. */
    private static List<String> about(PortfolioUnit unit, Verdict verdict) {
        List<String> about = new ArrayList<>();
        if (verdict.signature() != null) {
            about.add(verdict.signature().name() + ", " + UkDates.format(verdict.signature().date()));
        }
        about.addAll(verdict.reasons());
        if (verdict.certificate() != null) {
            about.add("certificate " + verdict.certificate().subject() + (verdict.certificate().trusted()
                    ? " (trusted)" : " (not on your trusted list)"));
            if (!verdict.certificate().names(verdict.signature().name())) {
                about.add("the certificate names " + verdict.certificate().commonName() + ", not "
                        + verdict.signature().name());
            }
        }
        if (verdict.signature() != null) {
            SigningDates.disagreement(unit, verdict.signature()).ifPresent(about::add);
        }
        return about;
    }

    private void openForm(String title, Function<FormWindow, Region> content) {
        form = new FormWindow(getScene() == null ? null : getScene().getWindow(), title);
        form.show(content.apply(form));
    }

    private void done(Portfolio changed) {
        if (form != null) {
            form.close();
            form = null;
        }
        commit.accept(changed);
    }
}
