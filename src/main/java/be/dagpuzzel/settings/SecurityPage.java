package be.dagpuzzel.settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/**
 * Security: the store's password. Without one: a new password twice and the tick that a lost
 * password means lost data. With one: change it or turn it off (the current password first), and
 * the unencrypted copies still in the data folder.
 */
final class SecurityPage extends ScrollPane {

    private final SecurityViewModel model;
    private final Messages messages;
    private final VBox state = new VBox(10);

    SecurityPage(SecurityViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("securityPage");
        setFitToWidth(true);
        Label title = new Label(messages.get("security.title"));
        title.getStyleClass().add("subsection-title");
        Label explain = wrapped(messages.get("security.explain"), "hint");
        Label warning = wrapped(messages.get("security.warning"), "field-warning");
        warning.setId("securityWarning");
        VBox page = new VBox(14, title, explain, warning, state);
        page.getStyleClass().add("page");
        page.setMaxWidth(640);
        setContent(page);
        model.encryptedProperty().addListener((obs, was, now) -> show(now));
        show(model.encryptedProperty().get());
    }

    private void show(boolean encrypted) {
        state.getChildren().setAll(encrypted ? withPassword() : withoutPassword());
    }

    private Node withoutPassword() {
        Label now = wrapped(messages.get("security.state.off"), null);
        now.setId("securityState");
        FormGrid form = new FormGrid(model.errors());
        Button turnOn = new Button(messages.get("security.turnOn"));
        turnOn.setId("turnOn");
        turnOn.getStyleClass().add("accent");
        turnOn.setOnAction(e -> model.turnOn());
        form.row(messages.get("security.new"), password("newPassword", model.newPasswordProperty(), turnOn),
                SecurityViewModel.FIELD_NEW);
        form.row(messages.get("security.repeat"), password("repeatPassword", model.repeatProperty(), turnOn),
                SecurityViewModel.FIELD_REPEAT);
        CheckBox understood = new CheckBox(messages.get("security.understood"));
        understood.setId("understood");
        understood.setWrapText(true);
        understood.selectedProperty().bindBidirectional(model.understoodProperty());
        form.row("", understood, SecurityViewModel.FIELD_UNDERSTOOD);
        form.wide(turnOn);
        return new VBox(12, now, form);
    }

    private Node withPassword() {
        Label now = wrapped(messages.get("security.state.on"), null);
        now.setId("securityState");
        Button change = new Button(messages.get("security.change"));
        change.setId("changePassword");
        change.getStyleClass().add("accent");
        change.setOnAction(e -> model.changePassword());
        FormGrid form = new FormGrid(model.errors());
        form.row(messages.get("security.current"), password("currentPassword", model.currentProperty(), change),
                SecurityViewModel.FIELD_CURRENT);
        form.row(messages.get("security.new"), password("changeNewPassword", model.newPasswordProperty(), change),
                SecurityViewModel.FIELD_NEW);
        form.row(messages.get("security.repeat"), password("changeRepeatPassword", model.repeatProperty(), change),
                SecurityViewModel.FIELD_REPEAT);
        Button turnOff = new Button(messages.get("security.turnOff"));
        turnOff.setId("turnOff");
        turnOff.setOnAction(e -> model.turnOff());
        form.wide(new HBox(10, change, turnOff));
        form.wide(wrapped(messages.get("security.turnOff.hint"), "hint"));
        return new VBox(12, now, form, copies());
    }

    /** The copies that are not encrypted, with a button to remove them (asked first). */
    private Node copies() {
        Label text = wrapped("", null);
        text.setId("unencryptedCopies");
        text.textProperty().bind(Bindings.createStringBinding(() -> messages.format("security.copies",
                model.unencryptedCopiesProperty().get()), model.unencryptedCopiesProperty()));
        Button remove = new Button(messages.get("security.copies.remove"));
        remove.setId("removeCopies");
        remove.setOnAction(e -> {
            ButtonType yes = DialogButtons.destructive(messages.get("security.copies.remove"));
            ButtonType no = DialogButtons.cancel(messages);
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION, messages.format("security.copies.ask",
                    model.unencryptedCopiesProperty().get()), no, yes);
            ask.initOwner(getScene().getWindow());
            ask.setHeaderText(messages.get("security.copies.remove"));
            DialogButtons.defaultTo(ask.getDialogPane(), no);
            ask.showAndWait().filter(yes::equals).ifPresent(b -> model.removeUnencryptedCopies());
        });
        VBox box = new VBox(8, text, remove);
        box.setId("copiesBox");
        box.visibleProperty().bind(model.unencryptedCopiesProperty().greaterThan(0));
        box.managedProperty().bind(box.visibleProperty());
        Label notice = wrapped("", "hint");
        notice.setId("copiesNotice");
        notice.textProperty().bind(model.noticeProperty());
        return new VBox(8, box, notice);
    }

    private static PasswordField password(String id, StringProperty value, Button action) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setOnAction(e -> action.fire());
        return field;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }
}
