package be.dagpuzzel.review.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.review.Reminder;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.Messages;

/**
 * A note for tomorrow: the text, for whom (the planning or a person) and from which day it shows
 * on the morning board (the next working day unless changed). Enter stores it.
 */
final class ReminderDialog {

    /** What was typed, checked. */
    record Entered(String text, Optional<Long> forStaffId, LocalDate due) {
    }

    private ReminderDialog() {
    }

    static Optional<Entered> show(Window owner, Messages messages, LocalDate writtenOn, LocalDate due,
                                  List<ReviewModels.Person> staff) {
        Dialog<Entered> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("review.reminder.add"));
        dialog.setHeaderText(messages.get("review.reminder.header"));
        TextField text = new TextField();
        text.setId("reminderText");
        text.setPrefColumnCount(40);
        ObservableList<ReviewModels.Person> people = FXCollections.observableArrayList();
        people.add(null);
        people.addAll(staff);
        ComboBox<ReviewModels.Person> forWhom = new ComboBox<>(people);
        forWhom.setId("reminderFor");
        ChoiceCells.use(forWhom, messages.get("review.reminder.planning"), ReviewModels.Person::name);
        forWhom.setValue(null);
        TextField when = new TextField(messages.shortDate(due));
        when.setId("reminderDue");
        when.setPrefColumnCount(10);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label(messages.get("review.reminder.text") + " *"), text);
        grid.addRow(1, new Label(messages.get("review.reminder.for")), forWhom);
        grid.addRow(2, new Label(messages.get("review.reminder.due")), when);
        Label problem = new Label();
        problem.setId("reminderProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, grid, problem));
        ButtonType save = new ButtonType(messages.get("review.reminder.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, DialogButtons.cancel(messages));
        dialog.getDialogPane().lookupButton(save).setId("reminderSave");
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String wrong = check(messages, text, when, writtenOn);
            problem.setText(wrong);
            if (!wrong.isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button != save ? null : new Entered(text.getText().strip(),
                Optional.ofNullable(forWhom.getValue()).map(ReviewModels.Person::id),
                DateText.parse(when.getText()).orElseThrow()));
        javafx.application.Platform.runLater(text::requestFocus);
        return dialog.showAndWait();
    }

    private static String check(Messages messages, TextField text, TextField when, LocalDate writtenOn) {
        List<String> problems = new java.util.ArrayList<>();
        if (text.getText().isBlank()) {
            problems.add(messages.get("review.reminder.textRequired"));
        } else if (text.getText().strip().length() > Reminder.TEXT_MAX) {
            problems.add(messages.format("validation.tooLong", Reminder.TEXT_MAX));
        }
        Optional<LocalDate> due = DateText.parse(when.getText());
        if (due.isEmpty()) {
            problems.add(messages.format("review.reminder.badDate", when.getText()));
        } else if (due.get().isBefore(writtenOn)) {
            problems.add(messages.get("review.reminder.dueBeforeWritten"));
        }
        return String.join(" ", problems);
    }
}
