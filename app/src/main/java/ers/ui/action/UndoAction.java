package ers.ui.action;

/** Takes back the last edit, or says why a signature stops it; its words name the edit. */
public final class UndoAction extends Action {

    private final Workspace w;

    public UndoAction(Workspace w) {
        super("undo", "_Undo", "Shortcut+Z", "Undo the last change");
        this.w = w;
        textFollows(w.model().undoTextProperty());
        disableWhen(w.model().canUndoProperty().not());
    }

    @Override
    public void execute() {
        w.model().undo().ifPresent(w.say());
    }
}
