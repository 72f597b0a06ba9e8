package be.dagpuzzel.staff.view;

import java.time.LocalDate;
import java.util.Optional;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/** Asks the essentials of a new staff member; the rest is filled in on the profile afterwards. */
final class NewStaffDialog {

    private NewStaffDialog() {
    }

    static Optional<StaffProfile> ask(Window owner, Messages messages, LocalDate defaultStart) {
        Dialog<StaffProfile> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("staff.new.title"));
        dialog.setHeaderText(messages.get("staff.new.header"));
        ObservableMap<String, String> errors = FXCollections.observableHashMap();
        FormGrid grid = new FormGrid(messages, errors, null);
        TextField first = new TextField();
        TextField last = new TextField();
        ComboBox<Programme> programme = new ComboBox<>(FXCollections.observableArrayList(Programme.values()));
        EnumCells.use(programme, p -> messages.get(p.messageKey()));
        programme.setValue(Programme.REGULAR);
        TextField start = new TextField(messages.shortDate(defaultStart));
        grid.add("staff.firstName", "new-" + StaffService.FIELD_FIRST_NAME, first, true);
        grid.add("staff.lastName", "new-" + StaffService.FIELD_LAST_NAME, last, true);
        grid.add("staff.programme", "new-programme", programme, true);
        grid.add("staff.startDate", "new-" + StaffService.FIELD_START, start, true);
        dialog.getDialogPane().setContent(grid);
        ButtonType create = new ButtonType(messages.get("staff.new.create"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(DialogButtons.cancel(messages), create);

        Button createButton = (Button) dialog.getDialogPane().lookupButton(create);
        createButton.setId("createStaff");
        createButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (profile(first, last, programme, start, errors, messages).isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == create
                ? profile(first, last, programme, start, errors, messages).orElse(null) : null);
        dialog.setOnShown(e -> Platform.runLater(first::requestFocus));
        return dialog.showAndWait();
    }

    private static Optional<StaffProfile> profile(TextField first, TextField last, ComboBox<Programme> programme,
                                                  TextField start, ObservableMap<String, String> errors,
                                                  Messages messages) {
        errors.clear();
        Optional<LocalDate> startDate = DateText.parse(start.getText());
        if (startDate.isEmpty()) {
            errors.put("new-" + StaffService.FIELD_START, messages.get("validation.date"));
        }
        StaffProfile profile = StaffProfile.newcomer(first.getText(), last.getText(), programme.getValue(),
                startDate.orElse(LocalDate.now()));
        try {
            StaffService.validate(profile, null);
        } catch (ValidationException e) {
            e.errors().forEach(err -> errors.put("new-" + err.field(), messages.text(err)));
        }
        return errors.isEmpty() ? Optional.of(profile) : Optional.empty();
    }
}
