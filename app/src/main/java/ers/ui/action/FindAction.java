package ers.ui.action;

/** Find in the sheet shown (Ctrl+F), and the next or previous match of what was typed (F3, Shift+F3). */
public final class FindAction extends Action {

    private final Workspace w;
    private final Runnable run;

    private FindAction(Workspace w, String id, String text, String key, String help, boolean first, boolean back) {
        super(id, text, key, help);
        this.w = w;
        this.run = first ? () -> w.grid().mapping().find() : () -> w.grid().mapping().findNext(back);
        disableWhen(w.sheet().noUnit());
    }

    public static FindAction find(Workspace w) {
        return new FindAction(w, "find", "_Find\u2026", "Shortcut+F",
                "Find evidence by reference or title, criteria by number or words (Ctrl+F)", true, false);
    }

    public static FindAction next(Workspace w) {
        return new FindAction(w, "findNext", "Find _next", "F3", "Go to the next match (F3)", false, false);
    }

    public static FindAction previous(Workspace w) {
        return new FindAction(w, "findPrevious", "Find pre_vious", "Shift+F3", "Go to the previous match (Shift+F3)",
                false, true);
    }

    @Override
    public void execute() {
        run.run();
    }
}
