package ers.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The pages of a unit's record sheet as the PDF and the printer will have them. */
public final class PreviewWindow {

    private PreviewWindow() {
    }

    public static Stage show(Window owner, String title, List<Image> pages, Runnable print) {
        VBox column = new VBox(16);
        column.setAlignment(Pos.TOP_CENTER);
        column.setPadding(new Insets(16));
        column.getStyleClass().add("preview-pages");
        for (int i = 0; i < pages.size(); i++) {
            ImageView page = new ImageView(pages.get(i));
            page.setPreserveRatio(true);
            page.setFitWidth(Math.min(pages.get(i).getWidth(), 1000));
            page.setSmooth(true);
            page.setAccessibleText("Page " + (i + 1) + " of " + pages.size());
            page.getStyleClass().add("preview-page");
            column.getChildren().add(page);
        }
        ScrollPane scroll = new ScrollPane(column);
        scroll.setId("previewPages");
        scroll.setFitToWidth(true);
        Stage stage = new Stage();
        Button printButton = new Button("Print…");
        printButton.setId("previewPrintButton");
        printButton.setOnAction(e -> print.run());
        Button close = new Button("Close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, printButton, close);
        buttons.setPadding(new Insets(8));
        buttons.setAlignment(Pos.CENTER_RIGHT);
        BorderPane root = new BorderPane(scroll, null, null, buttons, null);
        root.setId("previewWindow");
        stage.initOwner(owner);
        stage.setTitle(title + " — preview (" + pages.size() + (pages.size() == 1 ? " page)" : " pages)"));
        Scene scene = new Scene(root, 1100, 700);
        scene.getStylesheets().add(PreviewWindow.class.getResource("editor.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
