package ers.ui.action;

import ers.portfolio.Portfolio;
import ers.ui.sign.CertificatePane;
import java.time.Clock;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;

/** Shows the user's signing certificates and the ones they trust; the signatures follow any change. */
public final class CertificatesAction extends Action {

    private final Workspace w;

    public CertificatesAction(Workspace w) {
        super("certificates", "_Certificates…", null, "Manage signing certificates");
        this.w = w;
    }

    @Override
    public void execute() {
        Stage window = new Stage();
        window.initOwner(w.stage());
        window.setTitle("Certificates");
        Portfolio portfolio = w.model().portfolio();
        window.setScene(new Scene(new ScrollPane(new CertificatePane(w.trust(), Clock.systemDefaultZone(),
                portfolio == null ? null : portfolio.centre().name()))));
        window.setOnHidden(e -> w.signatures().refresh());
        window.show();
    }
}
