package ers.ui.action;

/** Prints the selected unit's record sheet on a printer the user picks. */
public final class PrintAction extends Action {

    private final Workspace w;

    public PrintAction(Workspace w) {
        super("print", "_Print unit sheet…", "Shortcut+P", "Print the unit's record sheet");
        this.w = w;
        disableWhen(w.sheet().noUnit());
    }

    @Override
    public void execute() {
        w.output().print(w.unitId(), w.stage());
    }
}
