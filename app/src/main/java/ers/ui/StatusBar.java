package ers.ui;

import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The status line at the window's foot, and while an export runs, its progress and a Cancel button. */
final class StatusBar {

    private final Label status = new Label("Open a portfolio (Ctrl+O) or start a new one (Ctrl+N).");
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final HBox bar = new HBox(8, status, progress, cancel);

    StatusBar() {
        status.setId("statusLine");
        status.setMaxWidth(Double.MAX_VALUE);
        progress.setId("exportProgress");
        progress.setPrefWidth(200);
        cancel.setId("cancelExportButton");
        HBox.setHgrow(status, Priority.ALWAYS);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-line");
        progress.setVisible(false);
        progress.managedProperty().bind(progress.visibleProperty());
        cancel.visibleProperty().bind(progress.visibleProperty());
        cancel.managedProperty().bind(progress.visibleProperty());
    }

    HBox view() {
        return bar;
    }

    /** Tells the user something without interrupting them. */
    void say(String message) {
        status.setText(message);
    }

    /** Shows the progress of the task running, which Cancel stops; null when none runs. */
    void follow(ObservableValue<Task<?>> running) {
        progress.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> running.getValue() != null, running));
        running.addListener((obs, was, task) -> {
            progress.progressProperty().unbind();
            if (task != null) {
                progress.progressProperty().bind(task.progressProperty());
                status.setText(task.getMessage());
                // Progress messages can arrive after the task ended; they must not hide how it ended.
                task.messageProperty().addListener((o, w, message) -> {
                    if (running.getValue() == task) {
                        status.setText(message);
                    }
                });
            }
        });
        cancel.setOnAction(e -> {
            if (running.getValue() != null) {
                running.getValue().cancel();
            }
        });
    }
}
