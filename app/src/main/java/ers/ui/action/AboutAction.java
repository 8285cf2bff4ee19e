package ers.ui.action;

import ers.home.AppLog;
import ers.ui.EditorApp;

/** Help > About: which version this is and where its log is, for whoever is asked to help. */
public final class AboutAction extends Action {

    private final Workspace w;

    public AboutAction(Workspace w) {
        super("about", "_About Evidence Record Sheets", null, "The version, and where the log is kept");
        this.w = w;
    }

    /** The version the jar was built as; a build run from the source folder has none. */
    static String version() {
        String version = EditorApp.class.getPackage().getImplementationVersion();
        return version == null ? "a development build" : "version " + version;
    }

    static String text() {
        return "Evidence Record Sheets, " + version() + ".\n\nThe log of what went wrong, if anything did, is "
                + AppLog.location() + " (older copies beside it). Send it with a description of what you did"
                + " to whoever supports the application; it holds no portfolio's contents.";
    }

    @Override
    public void execute() {
        w.model().dialogs().showInfo("About Evidence Record Sheets", text());
    }
}
