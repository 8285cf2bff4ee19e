package ers.ui.sign;

import javafx.scene.input.MouseButton;
import org.testfx.api.FxRobot;

/** Signing by hand in tests: two strokes on the open signing form's pad, as a person would draw them. */
public final class SignaturePads {

    private SignaturePads() {
    }

    public static void draw(FxRobot robot) {
        robot.moveTo("#signaturePad").moveBy(-120, 10).press(MouseButton.PRIMARY)
                .moveBy(30, -25).moveBy(30, 30).moveBy(40, -20).release(MouseButton.PRIMARY);
        robot.moveBy(10, 0).press(MouseButton.PRIMARY).moveBy(50, 5).release(MouseButton.PRIMARY);
    }
}
