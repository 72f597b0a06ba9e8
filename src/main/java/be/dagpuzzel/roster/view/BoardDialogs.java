package be.dagpuzzel.roster.view;

import java.util.List;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.Messages;

/** The board's small questions: a slot for today, new hours, a late arrival, someone extra. */
final class BoardDialogs {

    /** A slot as asked: task, label, hours as typed, places. */
    record NewSlot(long taskTypeId, String label, String from, String to, int people) {
    }

    /** Hours as typed. */
    record Hours(String from, String to) {
    }

    /** Someone extra today with hours as typed. */
    record Extra(long staffId, String from, String to) {
    }

    private BoardDialogs() {
    }

    static Optional<NewSlot> newSlot(Window owner, Messages messages, List<TaskType> tasks) {
        ComboBox<TaskType> task = new ComboBox<>(FXCollections.observableArrayList(tasks));
        EnumCells.use(task, t -> t.displayName(messages.codes("taskType.")));
        task.getSelectionModel().selectFirst();
        task.setId("newSlotTask");
        TextField label = field("newSlotLabel", "");
        TextField from = field("newSlotFrom", "09:30");
        TextField to = field("newSlotTo", "12:00");
        Spinner<Integer> people = new Spinner<>(1, 20, 1);
        people.setId("newSlotPeople");
        Dialog<ButtonType> dialog = dialog(owner, messages, "roster.slot.add.title",
                grid(messages, new String[] {"roster.slot.task", "roster.slot.label", "roster.slot.from", "roster.slot.to",
                    "roster.slot.people"}, task, label, from, to, people));
        return dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .filter(b -> task.getValue() != null)
                .map(b -> new NewSlot(task.getValue().id(), label.getText().strip(), from.getText(), to.getText(),
                        people.getValue()));
    }

    static Optional<Hours> hours(Window owner, Messages messages, String from, String to) {
        TextField start = field("slotFrom", from);
        TextField end = field("slotTo", to);
        Dialog<ButtonType> dialog = dialog(owner, messages, "roster.slot.retime.title",
                grid(messages, new String[] {"roster.slot.from", "roster.slot.to"}, start, end));
        return dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> new Hours(start.getText(), end.getText()));
    }

    static Optional<String> arrival(Window owner, Messages messages, String name) {
        TextField arrival = field("lateArrival", "");
        arrival.setPromptText("10:00");
        Dialog<ButtonType> dialog = dialog(owner, messages, "roster.late.title",
                grid(messages, new String[] {"roster.late.arrives"}, arrival));
        dialog.setHeaderText(messages.format("roster.late.header", name));
        return dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> arrival.getText());
    }

    static Optional<Extra> extra(Window owner, Messages messages, List<BoardModels.PersonLine> people) {
        ComboBox<BoardModels.PersonLine> who = new ComboBox<>(FXCollections.observableArrayList(people));
        EnumCells.use(who, BoardModels.PersonLine::name);
        who.getSelectionModel().selectFirst();
        who.setId("extraWho");
        TextField from = field("extraFrom", "09:00");
        TextField to = field("extraTo", "16:00");
        Dialog<ButtonType> dialog = dialog(owner, messages, "roster.extra.title",
                grid(messages, new String[] {"roster.extra.who", "roster.slot.from", "roster.slot.to"}, who, from, to));
        return dialog.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .filter(b -> who.getValue() != null)
                .map(b -> new Extra(who.getValue().staffId(), from.getText(), to.getText()));
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(12);
        return field;
    }

    private static GridPane grid(Messages messages, String[] labels, javafx.scene.Node... fields) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        for (int i = 0; i < labels.length; i++) {
            grid.addRow(i, new Label(messages.get(labels[i])), fields[i]);
        }
        return grid;
    }

    private static Dialog<ButtonType> dialog(Window owner, Messages messages, String titleKey, GridPane content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(titleKey));
        dialog.setHeaderText(messages.get(titleKey));
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(messages.get("roster.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(DialogButtons.cancel(messages), ok);
        return dialog;
    }
}
