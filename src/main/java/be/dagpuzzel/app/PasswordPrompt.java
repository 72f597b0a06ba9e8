package be.dagpuzzel.app;

import java.nio.file.Path;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import be.dagpuzzel.ui.Messages;

/**
 * The whole window at start when the store is encrypted: the password is asked before anything
 * is opened. The app tries it in the background ({@code unlock}); a wrong one comes back through
 * {@link #refused()} with a message, and the field is ready for the next try. Quit ends the app.
 */
final class PasswordPrompt extends VBox {

    private final Messages messages;
    private final PasswordField field = new PasswordField();
    private final Label message = new Label();
    private final Button open;
    private final Button quit;

    PasswordPrompt(Messages messages, Path dataDir, Consumer<String> unlock, Runnable quitApp) {
        super(14);
        this.messages = messages;
        setId("passwordPrompt");
        getStyleClass().add("problem");
        setAlignment(Pos.CENTER);
        Label heading = new Label(messages.get("security.prompt.title"));
        heading.getStyleClass().add("section-title");
        Label text = new Label(messages.format("security.prompt.text", dataDir));
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        field.setId("storePassword");
        field.setPromptText(messages.get("security.prompt.field"));
        field.setMaxWidth(320);
        message.setId("passwordMessage");
        message.getStyleClass().add("field-error");
        message.setWrapText(true);
        message.setMaxWidth(420);
        message.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        message.setMinHeight(USE_PREF_SIZE);
        open = new Button(messages.get("security.prompt.open"));
        open.setId("unlock");
        open.setDefaultButton(true);
        quit = new Button(messages.get("security.prompt.quit"));
        quit.setId("passwordQuit");
        quit.setCancelButton(true);
        open.setOnAction(e -> {
            String typed = field.getText();
            if (typed.isEmpty()) {
                message.setText(messages.get("security.prompt.empty"));
                field.requestFocus();
                return;
            }
            busy(true);
            message.getStyleClass().remove("field-error");
            message.setText(messages.get("security.prompt.checking"));
            unlock.accept(typed);
        });
        quit.setOnAction(e -> quitApp.run());
        HBox buttons = new HBox(10, open, quit);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(heading, text, field, message, buttons);
        Platform.runLater(field::requestFocus);
    }

    /** The password did not open the store: say so, and ready the field for another try. */
    void refused() {
        busy(false);
        if (!message.getStyleClass().contains("field-error")) {
            message.getStyleClass().add("field-error");
        }
        message.setText(messages.get("security.prompt.wrong"));
        field.clear();
        field.requestFocus();
    }

    private void busy(boolean value) {
        field.setDisable(value);
        open.setDisable(value);
    }
}
