package be.dagpuzzel.participants.view;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.DateText;
import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.ParticipantDetails;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/** Asks the essentials of a new participant: name, start date, weekdays. The rest goes on the profile. */
final class NewParticipantDialog {

    /** The usual time to get on or off for someone without a mobility aid. */
    private static final int DEFAULT_LOAD_MINUTES = 2;
    private static final String PREFIX = "new-";
    static final String FIELD_DAYS = PREFIX + "days";

    /** What the dialog asked, ready for {@link ParticipantService#add}. */
    record Draft(ParticipantDetails details, Set<DayOfWeek> days) {
    }

    private NewParticipantDialog() {
    }

    static Optional<Draft> ask(Window owner, Messages messages, LocalDate defaultStart) {
        Dialog<Draft> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("participants.new.title"));
        dialog.setHeaderText(messages.get("participants.new.header"));
        ObservableMap<String, String> errors = FXCollections.observableHashMap();
        FormGrid grid = new FormGrid(messages, errors, null);
        TextField first = new TextField();
        TextField last = new TextField();
        TextField municipality = new TextField();
        TextField start = new TextField(messages.shortDate(defaultStart));
        start.setPromptText(messages.get("date.format.hint"));
        Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            days.put(d, new SimpleBooleanProperty());
        }
        HBox weekdays = WeekdayToggles.of("newDay", days::get, messages.locale());
        grid.add("participant.firstName", PREFIX + ParticipantService.FIELD_FIRST_NAME, first, true);
        grid.add("participant.lastName", PREFIX + ParticipantService.FIELD_LAST_NAME, last, true);
        grid.add("participant.municipality", PREFIX + "municipality", municipality, false);
        grid.add("participant.startDate", PREFIX + ParticipantService.FIELD_START, start, true);
        weekdays.setId(FIELD_DAYS);
        grid.row(messages.get("participants.new.days") + " *", weekdays, FIELD_DAYS);
        dialog.getDialogPane().setContent(grid);
        ButtonType create = new ButtonType(messages.get("participants.new.create"), ButtonType.OK.getButtonData());
        dialog.getDialogPane().getButtonTypes().addAll(DialogButtons.cancel(messages), create);

        Button createButton = (Button) dialog.getDialogPane().lookupButton(create);
        createButton.setId("createParticipant");
        createButton.addEventFilter(ActionEvent.ACTION, e -> {
            if (draft(first, last, municipality, start, days, errors, messages).isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == create
                ? draft(first, last, municipality, start, days, errors, messages).orElse(null) : null);
        dialog.setOnShown(e -> Platform.runLater(first::requestFocus));
        // messages make the form taller: grow the window so the buttons stay in sight
        errors.addListener((MapChangeListener<String, String>) c -> Platform.runLater(() -> {
            javafx.scene.Scene scene = dialog.getDialogPane().getScene();
            if (dialog.isShowing() && scene != null && scene.getWindow() != null) {
                scene.getWindow().sizeToScene();
            }
        }));
        return dialog.showAndWait();
    }

    private static Optional<Draft> draft(TextField first, TextField last, TextField municipality, TextField start,
                                         Map<DayOfWeek, BooleanProperty> days, ObservableMap<String, String> errors,
                                         Messages messages) {
        errors.clear();
        Optional<LocalDate> startDate = DateText.parse(start.getText());
        if (startDate.isEmpty()) {
            errors.put(PREFIX + ParticipantService.FIELD_START, messages.get("validation.date"));
        }
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        days.forEach((d, ticked) -> {
            if (ticked.get()) {
                chosen.add(d);
            }
        });
        if (chosen.isEmpty()) {
            errors.put(FIELD_DAYS, messages.get("participants.new.days.required"));
        }
        ParticipantDetails details = new ParticipantDetails(first.getText(), last.getText(),
                new Address("", "", "", municipality.getText()), Optional.empty(), "", "", "",
                startDate.orElse(LocalDate.EPOCH), null, MobilityAid.NONE, DEFAULT_LOAD_MINUTES, false, "", null, null,
                "");
        try {
            ParticipantService.validate(details);
        } catch (ValidationException e) {
            for (FieldError err : e.errors()) {
                errors.putIfAbsent(PREFIX + err.field(), messages.text(err));
            }
        }
        return errors.isEmpty() ? Optional.of(new Draft(details, chosen)) : Optional.empty();
    }
}
