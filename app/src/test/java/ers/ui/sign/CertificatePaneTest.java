package ers.ui.sign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ers.portfolio.seal.SignedSheets;
import ers.portfolio.seal.SigningKey;
import ers.portfolio.seal.TrustList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import ers.ui.work.HeldWork;
import org.junit.jupiter.api.AfterEach;
import org.testfx.util.WaitForAsyncUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Creating one's own certificate and trusting a colleague's, from the Certificates window. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CertificatePaneTest {

    @TempDir
    static Path dir;

    private final HeldWork disk = new HeldWork();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new CertificatePane(new TrustList(dir.resolve("trusted")), SignedSheets.CLOCK,
                "Northgate College", disk.waiting()), 640, 760));
        stage.show();
    }

    /** A new RSA key takes a second or more: the form says so, and the window answers meanwhile. */
    @Test
    void theWindowAnswersWhileTheKeyIsMade(FxRobot robot) throws Exception {
        disk.hold();
        Path key = dir.resolve("kim.p12");
        createWith(robot, "Kim Lee", key, dir.resolve("kim.cer"));
        // The click on Create returned: the window's thread answers while the key is being made.
        assertEquals("Making your key and certificate…", robot.lookup("#certCreated").queryAs(Label.class).getText());
        assertFalse(Files.exists(key));

        disk.release();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#certCreated").queryAs(Label.class).getText().startsWith("Created " + key));
        assertTrue(Files.exists(key));
    }

    @AfterEach
    void letGo() {
        disk.release();
    }

    @Test
    void aCreatedKeyOpensWithItsPasswordAndItsCertificateCanBeTrusted(FxRobot robot) throws Exception {
        Path key = dir.resolve("jane.p12");
        Path cer = dir.resolve("jane.cer");
        createWith(robot, "Jane Smith", key, cer);
        assertTrue(robot.lookup("#certCreated").queryAs(Label.class).getText().startsWith("Created " + key),
                robot.lookup("#certCreated").queryAs(Label.class).getText());
        SigningKey loaded = SigningKey.load(key, "a long passphrase".toCharArray());
        assertEquals("CN=Jane Smith,O=Northgate College", loaded.certificate().getSubjectX500Principal().getName());

        robot.clickOn("#trustFile").write(cer.toString());
        robot.clickOn("#trustButton");
        assertTrue(robot.lookup("#trustMessage").queryAs(Label.class).getText().startsWith("Trusted CN=Jane Smith"));
        assertEquals(1, robot.lookup("#trustedList").queryAs(ListView.class).getItems().size());
        assertTrue(new TrustList(dir.resolve("trusted")).trusts(loaded.certificate()));
    }

    /** As {@code certificate create} refuses them: the certificate never replaces the key just made, nor a portfolio. */
    @Test
    void theCertificateIsNotWrittenOverTheKeyFileItselfNorOverAFileOfAnotherKind(FxRobot robot) throws Exception {
        Path key = dir.resolve("sam.p12");
        createWith(robot, "Sam Jones", key, dir.resolve(".").resolve("sam.p12"));
        String said = robot.lookup("#certCreated").queryAs(Label.class).getText();
        assertTrue(said.contains("not written: it is the key file itself"), said);
        assertFalse(Files.exists(key), "nothing was created");

        Path portfolio = Files.writeString(dir.resolve("alex.ers.json"), "{ \"format\" : \"evidence-record-portfolio\" }");
        createWith(robot, "Sam Jones", dir.resolve("sam2.p12"), portfolio);
        said = robot.lookup("#certCreated").queryAs(Label.class).getText();
        assertTrue(said.contains("alex.ers.json: not written: it already exists and is not a certificate"), said);
        assertEquals("{ \"format\" : \"evidence-record-portfolio\" }", Files.readString(portfolio));
        assertFalse(Files.exists(dir.resolve("sam2.p12")), "nothing was created");
    }

    /** Fills in the create form afresh and presses Create. */
    private static void createWith(FxRobot robot, String name, Path key, Path cer) {
        for (String id : new String[] {"#certName", "#certPassword", "#certPasswordAgain", "#certKeyFile", "#certCerFile"}) {
            robot.interact(() -> robot.lookup(id).queryAs(TextInputControl.class).clear());
        }
        robot.clickOn("#certName").write(name);
        robot.clickOn("#certPassword").write("a long passphrase");
        robot.clickOn("#certPasswordAgain").write("a long passphrase");
        robot.clickOn("#certKeyFile").write(key.toString());
        robot.clickOn("#certCerFile").write(cer.toString());
        robot.clickOn("#certCreate");
    }
}
