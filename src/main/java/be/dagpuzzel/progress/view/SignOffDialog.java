package be.dagpuzzel.progress.view;

import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/**
 * The sign-off of a step: reached on (today, typed as 27/11/2026), signed off by, a note. Enter
 * stores, Escape cancels; the dialog stays open with the message at the field when refused and
 * closes once stored. It follows {@link OnboardingViewModel#signingProperty()}.
 */
final class SignOffDialog {

    private final OnboardingViewModel model;
    private final Messages messages;
    private final Supplier<Window> owner;
    private Dialog<ButtonType> dialog;

    SignOffDialog(OnboardingViewModel model, Messages messages, Supplier<Window> owner) {
        this.model = model;
        this.messages = messages;
        this.owner = owner;
        model.signingProperty().addListener((obs, old, line) -> {
            if (line != null) {
                open();
            } else if (dialog != null) {
                Dialog<ButtonType> showing = dialog;
                dialog = null;
                showing.setResult(ButtonType.CLOSE);
                showing.close();
            }
        });
    }

    private void open() {
        if (dialog != null) {
            dialog.setHeaderText(model.signingHeader());
            return;
        }
        Dialog<ButtonType> d = new Dialog<>();
        Window window = owner.get();
        if (window != null) {
            d.initOwner(window);
        }
        d.setTitle(messages.get("progress.onboarding.signOff.title"));
        d.setHeaderText(model.signingHeader());
        d.getDialogPane().setId("signOffDialog");
        ButtonType store = new ButtonType(messages.get("progress.onboarding.signOff.store"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = DialogButtons.cancel(messages);
        d.getDialogPane().getButtonTypes().setAll(store, cancel);

        FormGrid form = new FormGrid(model.errors());
        TextField date = field("signOffDate", model.dateProperty());
        date.setPrefColumnCount(10);
        form.row(messages.get("progress.onboarding.signOff.date"), date, OnboardingViewModel.FIELD_DATE);
        form.row(messages.get("progress.onboarding.signOff.by"), field("signOffBy", model.byProperty()),
                OnboardingViewModel.FIELD_BY);
        form.row(messages.get("progress.onboarding.signOff.note"), field("signOffNote", model.noteProperty()),
                OnboardingViewModel.FIELD_NOTE);
        Label stepProblem = new Label();
        stepProblem.setId("signOffProblem");
        stepProblem.getStyleClass().add("field-error");
        stepProblem.setWrapText(true);
        stepProblem.textProperty().bind(javafx.beans.binding.Bindings.valueAt(model.errors(),
                OnboardingViewModel.FIELD_STEP));
        stepProblem.visibleProperty().bind(stepProblem.textProperty().isNotEmpty());
        stepProblem.managedProperty().bind(stepProblem.visibleProperty());
        form.wide(stepProblem);
        d.getDialogPane().setContent(form);
        d.getDialogPane().setPrefWidth(520);

        Button storeButton = (Button) d.getDialogPane().lookupButton(store);
        storeButton.setId("signOffStore");
        storeButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.signOff();
        });
        d.setOnHidden(e -> {
            if (dialog == d) {
                dialog = null;
                model.cancelSignOff();
            }
        });
        javafx.collections.MapChangeListener<String, String> resize = c -> Platform.runLater(() -> {
            if (d.getDialogPane().getScene() != null && d.getDialogPane().getScene().getWindow() != null) {
                d.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        model.errors().addListener(resize);
        d.setOnHiding(e -> model.errors().removeListener(resize));
        dialog = d;
        d.show();
        Platform.runLater(() -> {
            date.requestFocus();
            date.selectAll();
        });
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
