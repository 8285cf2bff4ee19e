package ers.ui.action;

import ers.ui.EditorModel;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** File > Open Recent: the files last opened or saved, newest first; off while there are none. */
final class RecentMenu {

    private RecentMenu() {
    }

    static Menu of(EditorModel model) {
        Menu menu = new Menu("Open _Recent");
        menu.setId("recentMenu");
        model.recentFilesProperty().addListener((obs, was, now) -> fill(menu, model, now));
        fill(menu, model, model.recentFilesProperty().get());
        return menu;
    }

    private static void fill(Menu menu, EditorModel model, List<Path> files) {
        menu.getItems().setAll(files.stream().map(f -> {
            MenuItem item = new MenuItem(f.getFileName() + "  (" + f.getParent() + ")");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.open(f));
            return item;
        }).toList());
        menu.setDisable(files.isEmpty());
    }
}
