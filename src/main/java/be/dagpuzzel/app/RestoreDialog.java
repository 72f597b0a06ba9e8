package be.dagpuzzel.app;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import be.dagpuzzel.store.Backups;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.Messages;

/** File > Restore: the backups in the data folder with date and size; restoring asks first. */
final class RestoreDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private RestoreDialog() {
    }

    static String when(Backups.Backup backup) {
        return backup.takenAt().format(WHEN);
    }

    static Optional<Backups.Backup> ask(Window owner, Messages messages, List<Backups.Backup> backups,
                                        be.dagpuzzel.ui.TaskRunner runner, Backups reader) {
        if (backups.isEmpty()) {
            Alert none = new Alert(Alert.AlertType.INFORMATION, messages.get("restore.none"),
                    new ButtonType(messages.get("roster.dialog.ok"), ButtonBar.ButtonData.OK_DONE));
            none.initOwner(owner);
            none.setHeaderText(messages.get("menu.file.restore"));
            none.showAndWait();
            return Optional.empty();
        }
        ListView<Backups.Backup> list = new ListView<>(FXCollections.observableArrayList(backups));
        list.setId("backupList");
        list.setPrefSize(360, 240);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Backups.Backup item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : messages.format("restore.line", when(item),
                        Math.max(1, item.bytes() / 1024)));
            }
        });
        Label holds = new Label();
        holds.setId("backupContents");
        holds.setWrapText(true);
        holds.setMaxWidth(360);
        holds.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        holds.getStyleClass().add("hint");
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen == null) {
                holds.setText("");
                return;
            }
            holds.setText(messages.get("restore.reading"));
            runner.run(be.dagpuzzel.ui.TaskRunner.Kind.LOAD, p -> reader.contents(chosen), contents -> {
                if (chosen.equals(list.getSelectionModel().getSelectedItem())) {
                    holds.setText(messages.format("restore.contents", contents.staff(), contents.participants(),
                            contents.plannedDays(), contents.lastPlannedDay().map(messages::shortDate).orElse("–")));
                }
            }, error -> holds.setText(messages.format("restore.unreadable", String.valueOf(error.getMessage()))));
        });
        list.getSelectionModel().selectFirst();
        Label explain = new Label(messages.get("restore.explain"));
        explain.setWrapText(true);
        explain.setMaxWidth(360);
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("menu.file.restore"));
        dialog.setHeaderText(messages.get("menu.file.restore"));
        dialog.getDialogPane().setContent(new VBox(8, explain, list, holds));
        ButtonType cancel = DialogButtons.cancel(messages);
        ButtonType restore = DialogButtons.destructive(messages.get("restore.do"));
        dialog.getDialogPane().getButtonTypes().addAll(cancel, restore);
        DialogButtons.defaultTo(dialog.getDialogPane(), cancel);
        return dialog.showAndWait().filter(restore::equals).map(b -> list.getSelectionModel().getSelectedItem());
    }
}
