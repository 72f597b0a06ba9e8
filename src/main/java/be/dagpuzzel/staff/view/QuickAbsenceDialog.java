package be.dagpuzzel.staff.view;

import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import be.dagpuzzel.staff.AbsenceKind;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.Messages;

/**
 * The quickest thing in the app (Ctrl+Shift+A from anywhere): who is absent, why, until when.
 * Typing a name and pressing Enter twice records a sick day for the chosen date.
 */
public final class QuickAbsenceDialog {

    private QuickAbsenceDialog() {
    }

    public static void show(Window owner, QuickAbsenceViewModel model, Messages messages, Consumer<String> onSaved) {
        show(owner, model, messages, "", onSaved);
    }

    /** With {@code who} already typed (from the board: the person selected there). */
    public static void show(Window owner, QuickAbsenceViewModel model, Messages messages, String who,
                            Consumer<String> onSaved) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("quickAbsence.title"));
        dialog.setHeaderText(messages.format("quickAbsence.header", messages.longDate(model.date())));

        TextField name = new TextField();
        name.setId("quickAbsenceName");
        name.setPromptText(messages.get("quickAbsence.search"));
        name.textProperty().bindBidirectional(model.searchProperty());
        ListView<PersonChoice> people = new ListView<>(model.matches());
        people.setId("quickAbsencePeople");
        people.setPrefHeight(180);
        model.chosenProperty().addListener((obs, old, p) -> {
            if (p != null) {
                people.getSelectionModel().select(p);
                people.scrollTo(p);
            }
        });
        people.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null) {
                model.chosenProperty().set(p);
            }
        });
        ComboBox<AbsenceKind> kind = new ComboBox<>(FXCollections.observableArrayList(AbsenceKind.values()));
        kind.setId("quickAbsenceKind");
        EnumCells.use(kind, k -> messages.get(k.messageKey()));
        kind.valueProperty().bindBidirectional(model.kindProperty());
        TextField until = new TextField();
        until.setId("quickAbsenceUntil");
        until.setPrefColumnCount(9);
        until.textProperty().bindBidirectional(model.untilProperty());
        Label problem = new Label();
        problem.setId("quickAbsenceProblem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(6));
        grid.addRow(0, new Label(messages.get("quickAbsence.who")), name);
        grid.add(people, 1, 1);
        grid.addRow(2, new Label(messages.get("absence.kind")), kind);
        grid.addRow(3, new Label(messages.get("quickAbsence.until")), until);
        grid.add(problem, 1, 4);
        dialog.getDialogPane().setContent(grid);
        ButtonType record = new ButtonType(messages.get("quickAbsence.record"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(DialogButtons.cancel(messages), record);
        Button recordButton = (Button) dialog.getDialogPane().lookupButton(record);
        recordButton.setId("quickAbsenceRecord");
        recordButton.setDefaultButton(true);
        recordButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            model.save(text -> {
                dialog.setResult(record);
                dialog.close();
                onSaved.accept(text);
            });
        });
        name.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                people.requestFocus();
                e.consume();
            }
        });
        model.load(() -> Platform.runLater(() -> {
            if (!who.isEmpty()) {
                model.searchProperty().set(who);
            }
            name.requestFocus();
            name.end();
        }));
        dialog.show();
    }
}
