package ers.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * For start-up measurements and for the class-data training run of the installer build: with
 * {@code ERS_FIRST_FRAME=exit} in the environment, prints {@code first-frame-epoch-ms=N} (the wall
 * clock when the first frame of what is shown has been drawn) and ends the application.
 */
public final class FirstFrame {

    private FirstFrame() {
    }

    /** Call once the first window and its content are set up, on the JavaFX thread. */
    public static void reportIfAsked() {
        if (!"exit".equals(System.getenv("ERS_FIRST_FRAME"))) {
            return;
        }
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                // The frame of the first pulse has been rendered once the second pulse begins.
                if (++pulses == 2) {
                    stop();
                    System.out.println("first-frame-epoch-ms=" + System.currentTimeMillis());
                    Platform.exit();
                }
            }
        }.start();
    }
}
