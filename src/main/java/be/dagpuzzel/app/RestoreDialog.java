package be.dagpuzzel.app;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import be.dagpuzzel.store.Backups;
import be.dagpuzzel.store.StoreException;
import be.dagpuzzel.store.StorePassword;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.Messages;

/**
 * File > Restore: the backups in the data folder with date and size; restoring asks first. A
 * backup that the store's current password does not open (made before the password was set,
 * changed or turned off) asks for the password it was made with; it is restored under the
 * current one.
 */
final class RestoreDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The backup chosen and, when it needed one, the password it was made with. */
    record Choice(Backups.Backup backup, Optional<StorePassword> password) {
    }

    private RestoreDialog() {
    }

    static String when(Backups.Backup backup) {
        return backup.takenAt().format(WHEN);
    }

    /** Why a restore failed, in the user's words where there are any. */
    static String reason(Messages messages, Throwable error) {
        if (error instanceof StoreException store && (store.reason() == StoreException.Reason.WRONG_PASSWORD
                || store.reason() == StoreException.Reason.PASSWORD_NEEDED)) {
            return messages.get("restore.passwordWrong");
        }
        return String.valueOf(error.getMessage());
    }

    static Optional<Choice> ask(Window owner, Messages messages, List<Backups.Backup> backups,
                                be.dagpuzzel.ui.TaskRunner runner, Backups reader, Optional<StorePassword> current) {
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
        PasswordField backupPassword = new PasswordField();
        backupPassword.setId("backupPassword");
        backupPassword.setPromptText(messages.get("restore.passwordField"));
        backupPassword.setMaxWidth(360);
        backupPassword.managedProperty().bind(backupPassword.visibleProperty());
        backupPassword.setVisible(false);
        Reading reading = new Reading(messages, runner, reader, list, holds, backupPassword);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            backupPassword.clear();
            backupPassword.setVisible(false);
            reading.accepted = Optional.empty();
            reading.locked.set(false);
            if (chosen == null) {
                holds.setText("");
                return;
            }
            reading.read(chosen, current, false);
        });
        backupPassword.setOnAction(e -> {
            Backups.Backup chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null && !backupPassword.getText().isEmpty()) {
                reading.read(chosen, Optional.of(StorePassword.of(backupPassword.getText())), true);
            }
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
        dialog.getDialogPane().setContent(new VBox(8, explain, list, holds, backupPassword));
        ButtonType cancel = DialogButtons.cancel(messages);
        ButtonType restore = DialogButtons.destructive(messages.get("restore.do"));
        dialog.getDialogPane().getButtonTypes().addAll(cancel, restore);
        DialogButtons.defaultTo(dialog.getDialogPane(), cancel);
        dialog.getDialogPane().lookupButton(restore).disableProperty().bind(reading.locked);
        return dialog.showAndWait().filter(restore::equals)
                .map(b -> new Choice(list.getSelectionModel().getSelectedItem(), reading.accepted));
    }

    /** Reads what a backup holds in the background; a password it needs unlocks the field for it. */
    private static final class Reading {
        private final Messages messages;
        private final be.dagpuzzel.ui.TaskRunner runner;
        private final Backups reader;
        private final ListView<Backups.Backup> list;
        private final Label holds;
        private final PasswordField field;
        /** True while the chosen backup waits for its password: Restore is off. */
        final BooleanProperty locked = new SimpleBooleanProperty();
        /** The typed password that opened the chosen backup. */
        Optional<StorePassword> accepted = Optional.empty();

        Reading(Messages messages, be.dagpuzzel.ui.TaskRunner runner, Backups reader, ListView<Backups.Backup> list,
                Label holds, PasswordField field) {
            this.messages = messages;
            this.runner = runner;
            this.reader = reader;
            this.list = list;
            this.holds = holds;
            this.field = field;
        }

        void read(Backups.Backup chosen, Optional<StorePassword> password, boolean typed) {
            holds.setText(messages.get("restore.reading"));
            runner.run(be.dagpuzzel.ui.TaskRunner.Kind.LOAD, p -> reader.contents(chosen, password), contents -> {
                if (chosen.equals(list.getSelectionModel().getSelectedItem())) {
                    holds.setText(messages.format("restore.contents", contents.staff(), contents.participants(),
                            contents.plannedDays(), contents.lastPlannedDay().map(messages::shortDate).orElse("–")));
                    if (typed) {
                        accepted = password;
                    }
                    locked.set(false);
                }
            }, error -> {
                if (!chosen.equals(list.getSelectionModel().getSelectedItem())) {
                    return;
                }
                if (error instanceof StoreException store && (store.reason() == StoreException.Reason.WRONG_PASSWORD
                        || store.reason() == StoreException.Reason.PASSWORD_NEEDED)) {
                    holds.setText(messages.get(typed ? "restore.passwordWrong"
                            : store.reason() == StoreException.Reason.PASSWORD_NEEDED ? "restore.passwordNeeded"
                            : "restore.otherPassword"));
                    locked.set(true);
                    field.setVisible(true);
                    field.clear();
                    field.requestFocus();
                } else {
                    holds.setText(messages.format("restore.unreadable", String.valueOf(error.getMessage())));
                }
            });
        }
    }
}
