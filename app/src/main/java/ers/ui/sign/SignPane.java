package ers.ui.sign;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import ers.portfolio.Role;
import ers.portfolio.seal.KeyFileException;
import ers.portfolio.seal.SheetSigning;
import ers.portfolio.seal.SignRequest;
import ers.portfolio.seal.SigningKey;
import ers.portfolio.seal.SigningRefused;
import ers.ui.work.WaitingWork;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DateCell;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.converter.LocalDateStringConverter;

/**
 * The form for signing one line of one sheet: name, a drawn signature (or a typed one), the date
 * (today or earlier), a reason where the assessor signs with criteria uncovered, and optionally
 * the person's certificate. Signing goes through {@link SheetSigning}, whose refusal is shown as is.
 */
public final class SignPane extends VBox {

    private static final double FORM_WIDTH = 460;
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final SignaturePad pad = new SignaturePad();
    private final TextField name = new TextField();
    private final TextField typed = new TextField();
    private final DatePicker date = new DatePicker();
    private final TextArea note = new TextArea();
    private final CheckBox useKey = new CheckBox("Also sign with my certificate (PKCS#12 file)");
    private final TextField keyFile = new TextField();
    private final PasswordField password = new PasswordField();
    private final Label message = new Label();
    private static final String SIGNING = "Signing the sheet…";

    /** @param waiting reads the key file and seals the sheet while the window waits without freezing */
    public SignPane(Portfolio portfolio, String unitId, Role role, SheetSigning signing, Clock clock,
                    WaitingWork waiting, Consumer<Portfolio> signed, Runnable cancel) {
        PortfolioUnit unit = portfolio.unit(unitId).orElseThrow();
        setSpacing(8);
        setPadding(new Insets(12));
        setId("signPane");
        Label heading = new Label("Sign as " + role.inSentence() + ": " + unit.spec().sheetTitle());
        heading.setStyle("-fx-font-weight: bold;");
        heading.setWrapText(true);
        heading.setMaxWidth(FORM_WIDTH);

        name.setId("signName");
        name.setText(defaultName(portfolio, role));
        name.setPromptText(role == Role.ASSESSOR ? "Name in block capitals" : "Name");
        if (role == Role.ASSESSOR) {
            name.textProperty().addListener((o, was, now) -> {
                String upper = now.toUpperCase(Locale.UK);
                if (!upper.equals(now)) {
                    name.setText(upper);
                }
            });
        }
        pad.setId("signaturePad");
        Button undo = new Button("Undo stroke");
        undo.setId("padUndo");
        undo.setOnAction(e -> pad.undo());
        Button clear = new Button("Clear");
        clear.setId("padClear");
        clear.setOnAction(e -> pad.clear());
        typed.setId("typedSignature");
        typed.setPromptText(role == Role.INTERNAL_VERIFIER ? "or type your initials" : "or type your signature");

        LocalDate today = LocalDate.now(clock);
        date.setId("signDate");
        date.setConverter(new LocalDateStringConverter(UK_DATE, UK_DATE));
        date.setPromptText("dd/mm/yyyy");
        date.setValue(today);
        date.setDayCellFactory(picker -> new DateCell() {
            @Override
            public void updateItem(LocalDate day, boolean empty) {
                super.updateItem(day, empty);
                setDisable(empty || day.isAfter(today));
            }
        });
        date.valueProperty().addListener((o, was, now) -> {
            if (now == null || now.isAfter(today)) {
                date.setValue(was == null || was.isAfter(today) ? today : was);
                message.setText("A signature is dated today or earlier.");
            }
        });

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(8);
        form.addRow(0, new Label(role == Role.ASSESSOR ? "Name (in block capitals)" : "Name"), name);
        form.addRow(1, new Label("Signature"), new VBox(4, pad, new HBox(6, undo, clear)));
        form.addRow(2, new Label("Typed instead"), typed);
        form.addRow(3, new Label("Date"), date);
        getChildren().addAll(heading, form);

        List<String> uncovered = unit.uncovered();
        if (role == Role.ASSESSOR && !uncovered.isEmpty()) {
            Label warning = new Label(uncovered.size() + (uncovered.size() == 1 ? " criterion is" : " criteria are")
                    + " not covered by any evidence: " + String.join(", ", uncovered) + ".");
            warning.setId("uncoveredWarning");
            warning.setWrapText(true);
            warning.setStyle("-fx-text-fill: #a00;");
            // A long list wraps within the form's width and scrolls, rather than widening the form.
            ScrollPane list = new ScrollPane(warning);
            list.setId("uncoveredList");
            list.setFitToWidth(true);
            list.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
            list.setPrefViewportWidth(FORM_WIDTH);
            list.setMaxHeight(72);
            note.setId("signNote");
            note.setPrefRowCount(3);
            note.setWrapText(true);
            note.setPromptText("Why you sign with these criteria uncovered, in a sentence (kept in the history)");
            getChildren().addAll(list, new Label("Record why you sign without them:"), note);
        }

        keyFile.setId("keyFile");
        keyFile.setPromptText("your-name.p12");
        keyFile.disableProperty().bind(useKey.selectedProperty().not());
        Button browse = new Button("Choose…");
        browse.disableProperty().bind(useKey.selectedProperty().not());
        browse.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PKCS#12 key file", "*.p12", "*.pfx"));
            var chosen = chooser.showOpenDialog(getScene().getWindow());
            if (chosen != null) {
                keyFile.setText(chosen.getPath());
            }
        });
        password.setId("keyPassword");
        password.setPromptText("password of the key file");
        password.disableProperty().bind(useKey.selectedProperty().not());
        useKey.setId("useKey");
        getChildren().addAll(useKey, new HBox(6, keyFile, browse, password));

        message.setId("signMessage");
        message.setWrapText(true);
        message.setMaxWidth(FORM_WIDTH);
        message.setStyle("-fx-text-fill: #a00;");
        Button sign = new Button("Sign");
        sign.setId("signButton");
        sign.setDefaultButton(true);
        sign.setOnAction(e -> sign(portfolio, unitId, role, signing, waiting, signed));
        getChildren().addAll(message, FormWindow.buttons(cancel, sign));
        setPrefWidth(FORM_WIDTH + 24);
    }

    private void sign(Portfolio portfolio, String unitId, Role role, SheetSigning signing, WaitingWork waiting,
                      Consumer<Portfolio> signed) {
        try {
            SigningKey key = null;
            if (useKey.isSelected()) {
                char[] secret = password.getText().toCharArray();
                Path file = Path.of(keyFile.getText().strip());
                try {
                    key = waiting.run("Opening the key file " + file.getFileName() + "…", () -> SigningKey.load(file, secret));
                } finally {
                    Arrays.fill(secret, '\0');
                }
            }
            SignRequest request = new SignRequest(role, name.getText(), date.getValue(), pad.drawingProperty().get(),
                    typed.getText(), note.getText(), key);
            message.setText(SIGNING);
            signed.accept(waiting.run(SIGNING, () -> signing.sign(portfolio, unitId, request)));
        } catch (SigningRefused | KeyFileException e) {
            message.setText(e.getMessage());
        }
    }

    private static String defaultName(Portfolio portfolio, Role role) {
        String name = SignerNames.of(portfolio, role).orElse("");
        return role == Role.ASSESSOR ? name.toUpperCase(Locale.UK) : name;
    }
}
