package ers.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.concurrent.Task;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The status line at the window's foot; while an export runs, its progress and a Cancel button, and
 * while the window waits for a file to be read or saved, what it is doing.
 */
final class StatusBar {

    private final Label status = new Label("Open a portfolio (Ctrl+O) or start a new one (Ctrl+N).");
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final HBox bar = new HBox(8, status, progress, cancel);
    /** What the status line said before the window began to wait, said again if the job ends without words of its own. */
    private String beforeWaiting;

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
        cancel.managedProperty().bind(cancel.visibleProperty());
    }

    HBox view() {
        return bar;
    }

    /** Tells the user something without interrupting them. */
    void say(String message) {
        status.setText(message);
    }

    /**
     * Shows the progress of the task running, which Cancel stops, and what the window waits for
     * (a file being read or saved), which cannot be cancelled; each null when none runs.
     */
    void follow(ObservableValue<Task<?>> running, ObservableValue<String> waiting) {
        progress.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> running.getValue() != null || waiting.getValue() != null, running, waiting));
        cancel.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> running.getValue() != null && waiting.getValue() == null, running, waiting));
        running.addListener((obs, was, task) -> showProgressOf(task, running));
        waiting.addListener((obs, was, doing) -> {
            if (doing != null) {
                beforeWaiting = status.getText();
                progress.progressProperty().unbind();
                progress.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
                status.setText(doing);
                return;
            }
            if (status.getText().equals(was)) {
                status.setText(beforeWaiting);
            }
            if (running.getValue() != null) {
                progress.progressProperty().bind(running.getValue().progressProperty());
            }
        });
        cancel.setOnAction(e -> {
            if (running.getValue() != null) {
                running.getValue().cancel();
            }
        });
    }

    private void showProgressOf(Task<?> task, ObservableValue<Task<?>> running) {
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
    }
}
