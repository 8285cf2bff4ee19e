package ers.ui.sign;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.SignatureState;
import ers.portfolio.seal.SealVerifier;
import ers.portfolio.seal.TrustList;
import ers.portfolio.seal.Verdict;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;

/**
 * A portfolio opened for verification: every unit with a summary of its signatures, and for the
 * chosen unit each signature's state, the history and what is uncovered. Nothing here changes
 * evidence; the internal verifier may add sampling initials and a date.
 */
public final class VerifierView extends BorderPane {

    private final ObjectProperty<Portfolio> portfolio = new SimpleObjectProperty<>(this, "portfolio");
    private final ListView<PortfolioUnit> units = new ListView<>();
    private final SignaturesPanel panel;
    private final TrustList trust;

    /** @param commit receives the portfolio with the verifier's initials added, to be saved */
    public VerifierView(Clock clock, TrustList trust, Consumer<Portfolio> commit) {
        this.trust = trust;
        setId("verifierView");
        panel = new SignaturesPanel(SignaturesPanel.Mode.VERIFIER, clock, trust, commit);
        units.setId("verifierUnits");
        units.setPrefWidth(320);
        units.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PortfolioUnit unit, boolean empty) {
                super.updateItem(unit, empty);
                setText(empty || unit == null ? null : summary(unit));
            }
        });
        units.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                panel.unitIdProperty().set(now.spec().id());
            }
        });
        Label banner = new Label("Opened for verification: read-only");
        banner.setId("verifierBanner");
        banner.setPadding(new Insets(6));
        banner.setStyle("-fx-background-color: #fff4c2; -fx-font-weight: bold;");
        banner.setMaxWidth(Double.MAX_VALUE);
        setTop(banner);
        setLeft(units);
        setCenter(panel);
        portfolio.addListener((o, was, now) -> show(now));
    }

    public ObjectProperty<Portfolio> portfolioProperty() {
        return portfolio;
    }

    private void show(Portfolio p) {
        String selected = panel.unitIdProperty().get();
        units.getItems().setAll(p == null ? List.of() : p.units());
        panel.portfolioProperty().set(p);
        if (p != null && !p.units().isEmpty()) {
            int index = 0;
            for (int i = 0; i < p.units().size(); i++) {
                if (p.units().get(i).spec().id().equals(selected)) {
                    index = i;
                }
            }
            units.getSelectionModel().select(index);
            panel.unitIdProperty().set(p.units().get(index).spec().id());
        }
    }

    private String summary(PortfolioUnit unit) {
        int valid = 0;
        int voided = 0;
        int missing = 0;
        for (Verdict v : new SealVerifier(trust).verifyAll(portfolio.get(), unit)) {
            valid += v.state() == SignatureState.VALID ? 1 : 0;
            voided += v.state() == SignatureState.VOID ? 1 : 0;
            missing += v.state() == SignatureState.MISSING ? 1 : 0;
        }
        return unit.spec().code() + "  " + valid + " valid" + (voided > 0 ? ", " + voided + " VOID" : "")
                + (missing > 0 ? ", " + missing + " MISSING" : "")
                + (unit.uncovered().isEmpty() ? "" : ", " + unit.uncovered().size() + " uncovered");
    }
}
