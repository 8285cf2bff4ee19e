package ers.ui.action;

import ers.portfolio.Portfolio;
import ers.ui.sign.CertificatePane;
import java.time.Clock;

/** Shows the user's signing certificates and the ones they trust; the signatures follow any change. */
public final class CertificatesAction extends Action {

    private final Workspace w;

    public CertificatesAction(Workspace w) {
        super("certificates", "_Certificates…", null, "Manage signing certificates");
        this.w = w;
    }

    @Override
    public void execute() {
        Portfolio portfolio = w.model().portfolio();
        CertificatePane.open(w.stage(), w.trust(), Clock.systemDefaultZone(),
                portfolio == null ? null : portfolio.centre().name(), w.model().waiting(),
                w.signatures()::refresh);
    }
}
