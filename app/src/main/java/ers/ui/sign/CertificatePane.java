package ers.ui.sign;

import ers.portfolio.AtomicFiles;
import ers.portfolio.files.Outputs;
import ers.portfolio.seal.Certificates;
import ers.portfolio.seal.KeyFileException;
import ers.portfolio.seal.PersonalCertificate;
import ers.portfolio.seal.SigningKey;
import ers.portfolio.seal.TrustList;
import ers.ui.work.WaitingWork;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * A person's certificates: create their own signing key and certificate (the key file stays with
 * them, the certificate goes to the centre), and trust colleagues' certificates.
 */
public final class CertificatePane extends VBox {

    private static final String MAKING = "Making your key and certificate…";

    private final TrustList trust;
    private final ListView<String> trusted = new ListView<>();

    /** @param waiting makes the key, which takes a second or more, while the window waits without freezing */
    public CertificatePane(TrustList trust, Clock clock, String organisation, WaitingWork waiting) {
        this.trust = trust;
        setId("certificatePane");
        setSpacing(8);
        setPadding(new Insets(12));

        TextField name = field("certName", "Your name as the certificate will give it");
        TextField centre = field("certOrganisation", "Your centre");
        centre.setText(organisation == null ? "" : organisation);
        PasswordField password = new PasswordField();
        password.setId("certPassword");
        password.setPromptText("at least 8 characters");
        PasswordField again = new PasswordField();
        again.setId("certPasswordAgain");
        TextField keyFile = field("certKeyFile", "where to keep your key file (.p12)");
        TextField cerFile = field("certCerFile", "where to write the certificate for your centre (.cer)");
        Label created = message("certCreated");
        Button create = new Button("Create my certificate");
        create.setId("certCreate");
        create.setOnAction(e -> {
            // Shown while the key is made, which the window waits for without freezing.
            created.setText(MAKING);
            created.setText(create(clock, waiting, name.getText(), centre.getText(), password, again,
                    keyFile.getText(), cerFile.getText()));
        });
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Centre"), centre);
        form.addRow(2, new Label("Password"), password);
        form.addRow(3, new Label("Password again"), again);
        form.addRow(4, new Label("Key file"), withChooser(keyFile, true, "*.p12"));
        form.addRow(5, new Label("Certificate file"), withChooser(cerFile, true, "*.cer"));

        TextField colleague = field("trustFile", "a colleague's certificate file (.cer, .pem, .crt)");
        Label added = message("trustMessage");
        Button trustIt = new Button("Trust this certificate");
        trustIt.setId("trustButton");
        trustIt.setOnAction(e -> added.setText(trust(colleague.getText())));
        trusted.setId("trustedList");
        trusted.setPrefHeight(120);
        refreshTrusted();

        getChildren().addAll(heading("Create my signing certificate"),
                new Label("Your key file stays with you, protected by its password; give the certificate file to "
                        + "your centre and colleagues so that they can trust your signatures."),
                form, create, created, new Separator(),
                heading("Trust a colleague's certificate"),
                new Label("Check its fingerprint with them (by telephone or in person) before you trust it."),
                withChooser(colleague, false, "*.cer", "*.pem", "*.crt"), trustIt, added,
                new Label("Trusted certificates (" + trust.folder() + ")"), trusted);
        getChildren().stream().filter(n -> n instanceof Label).map(n -> (Label) n).forEach(l -> l.setWrapText(true));
        setPrefWidth(560);
    }

    /** Opens the certificates form over {@code owner}; {@code closed} runs when it goes, e.g. to check signatures again. */
    public static void open(Window owner, TrustList trust, Clock clock, String organisation, WaitingWork waiting,
                            Runnable closed) {
        FormWindow window = new FormWindow(owner, "Certificates");
        CertificatePane pane = new CertificatePane(trust, clock, organisation, waiting);
        pane.getChildren().add(FormWindow.buttons("Close", window::close));
        window.stage().setOnHidden(e -> closed.run());
        ScrollPane scroll = new ScrollPane(pane);
        scroll.setFitToWidth(true);
        window.show(scroll);
    }

    private String create(Clock clock, WaitingWork waiting, String name, String centre, PasswordField password, PasswordField again,
                          String keyFile, String cerFile) {
        if (name.isBlank() || keyFile.isBlank() || cerFile.isBlank()) {
            return "Give your name, where to keep the key file and where to write the certificate.";
        }
        if (password.getText().length() < 8 || !password.getText().equals(again.getText())) {
            return "The password needs at least 8 characters, typed the same twice.";
        }
        Path key = Path.of(keyFile.strip());
        if (Files.exists(key)) {
            return key + " already exists; choose another name rather than replace a key.";
        }
        Path cer = Path.of(cerFile.strip());
        Optional<String> refused = Outputs.of(cer, Outputs.Kind.CERTIFICATE).notOver("the key file", key).refusal();
        if (refused.isPresent()) {
            return cer + ": not written: it " + refused.get() + ". Nothing was created.";
        }
        char[] secret = password.getText().toCharArray();
        try {
            SigningKey made = waiting.run(MAKING, () -> {
                SigningKey making = PersonalCertificate.create(name, centre, clock);
                PersonalCertificate.save(making, key, secret);
                AtomicFiles.write(cer, Certificates.pem(making.certificate()).getBytes(StandardCharsets.US_ASCII));
                return making;
            });
            password.clear();
            again.clear();
            return "Created " + key + " (keep it private) and " + cer + " (give it to your centre). SHA-256 fingerprint: "
                    + Certificates.fingerprint(made.certificate());
        } catch (IOException e) {
            return "Nothing was created: " + e.getMessage();
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private String trust(String file) {
        if (file.isBlank()) {
            return "Choose the certificate file first.";
        }
        try {
            X509Certificate certificate = trust.importCertificate(Path.of(file.strip()));
            refreshTrusted();
            return "Trusted " + certificate.getSubjectX500Principal().getName() + ", SHA-256 "
                    + Certificates.fingerprint(certificate);
        } catch (KeyFileException e) {
            return e.getMessage();
        }
    }

    private void refreshTrusted() {
        trusted.getItems().setAll(trust.certificates().stream()
                .map(c -> c.getSubjectX500Principal().getName() + "   SHA-256 "
                        + Certificates.fingerprint(c).substring(0, 16) + "…")
                .toList());
    }

    private HBox withChooser(TextField path, boolean save, String... patterns) {
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(String.join(", ", patterns), patterns));
            File chosen = save ? chooser.showSaveDialog(getScene().getWindow()) : chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                path.setText(chosen.getPath());
            }
        });
        HBox box = new HBox(6, path, choose);
        path.setPrefWidth(380);
        return box;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }

    private static Label message(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        return label;
    }
}
