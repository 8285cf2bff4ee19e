package ers.ui.action;

/** Makes again the edit last undone; its words name the edit. */
public final class RedoAction extends Action {

    private final Workspace w;

    public RedoAction(Workspace w) {
        super("redo", "_Redo", "Shortcut+Y", "Redo the change undone");
        this.w = w;
        textFollows(w.model().redoTextProperty());
        disableWhen(w.model().canRedoProperty().not());
    }

    @Override
    public void execute() {
        w.model().redo();
    }
}
