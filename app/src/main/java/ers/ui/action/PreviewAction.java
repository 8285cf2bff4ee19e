package ers.ui.action;

import ers.ui.PreviewWindow;

/** Shows the selected unit's record sheet as it will print. */
public final class PreviewAction extends Action {

    private final Workspace w;

    public PreviewAction(Workspace w) {
        super("preview", "Pre_view unit sheet", "Shortcut+Shift+P", "Preview the unit's record sheet");
        this.w = w;
        disableWhen(w.sheet().noUnit());
    }

    @Override
    public void execute() {
        String unitId = w.unitId();
        String title = w.model().portfolio().unit(unitId).orElseThrow().spec().sheetTitle();
        PrintAction print = new PrintAction(w);
        w.output().preview(unitId, pages -> PreviewWindow.show(w.stage(), title, pages, print::execute));
    }
}
