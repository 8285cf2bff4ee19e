package ers.ui.action;

import javafx.application.Platform;

/** Closes the editor, after settling unsaved work. */
public final class QuitAction extends Action {

    private final Workspace w;

    public QuitAction(Workspace w) {
        super("quit", "_Quit", "Shortcut+Q", "Close the editor");
        this.w = w;
    }

    @Override
    public void execute() {
        if (w.model().close()) {
            w.stage().close();
            Platform.exit();
        }
    }
}
