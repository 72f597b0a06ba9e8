package be.dagpuzzel.participants.view;

import java.time.LocalDate;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import be.dagpuzzel.transport.AbsenceReason;
import be.dagpuzzel.transport.ParticipantAbsence;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/**
 * When the open participant comes: the weekdays in force and their history, the "not coming"
 * calls, and extra days. Delete removes the chosen call or day; Ctrl+Z brings it back.
 */
final class AttendanceTab extends Tab {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    AttendanceTab(AttendanceViewModel model, Messages messages) {
        super(messages.get("participant.tab.attendance"));
        setClosable(false);
        Label now = new Label();
        now.setId("patternNow");
        now.getStyleClass().add("attendance-now");
        now.textProperty().bind(model.inForceProperty());
        // the morning's calls are the daily work, so they come first; weekday changes are rare
        VBox page = new VBox(10, now, title(messages, "participant.calls.title"), calls(model, messages),
                title(messages, "participant.pattern.title"), patterns(model, messages),
                title(messages, "participant.extra.title"), extraDays(model, messages));
        page.getStyleClass().add("participant-page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        setContent(scroll);
    }

    private static VBox patterns(AttendanceViewModel model, Messages messages) {
        ListView<AttendanceViewModel.PatternLine> history = new ListView<>(model.patterns());
        history.setId("patternList");
        history.setPrefHeight(96);
        history.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(AttendanceViewModel.PatternLine line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty || line == null ? "" : line.text());
                getStyleClass().remove("switched-off");
                if (!empty && line != null && line.state() == AttendanceViewModel.PatternState.PAST) {
                    getStyleClass().add("switched-off");
                }
            }
        });
        Button remove = new Button(messages.get("participant.pattern.remove"));
        remove.setId("removePattern");
        remove.setTooltip(new Tooltip(messages.get("participant.pattern.remove.hint")));
        remove.disableProperty().bind(history.getSelectionModel().selectedItemProperty()
                .map(line -> !line.removable()).orElse(true));
        remove.setOnAction(e -> model.removePattern(history.getSelectionModel().getSelectedItem()));

        PatternFormModel form = model.patternForm();
        TextField from = new TextField();
        from.setId(PatternFormModel.FIELD_FROM);
        from.setPrefColumnCount(8);
        from.setMinWidth(Region.USE_PREF_SIZE);
        from.setPromptText(messages.get("date.format.hint"));
        from.textProperty().bindBidirectional(form.fromProperty());
        from.setOnAction(e -> model.addPattern());
        form.errors().addListener((MapChangeListener<String, String>) c -> from.pseudoClassStateChanged(INVALID,
                form.errors().containsKey(PatternFormModel.FIELD_FROM)));
        Label fromLabel = new Label(messages.get("participant.pattern.from"));
        fromLabel.setLabelFor(from);
        fromLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox fromRow = new HBox(8, fromLabel, from);
        fromRow.setAlignment(Pos.CENTER_LEFT);
        Button add = new Button(messages.get("participant.pattern.add"));
        add.setId("addPattern");
        add.setOnAction(e -> model.addPattern());
        Label error = errorLabel("patternError", form.errors(), PatternFormModel.FIELD_FROM, PatternFormModel.FIELD_DAYS);
        Label change = new Label(messages.get("participant.pattern.change"));
        change.getStyleClass().add("form-label");
        return new VBox(6, history, remove, change, hint(messages.get("participant.pattern.hint")), fromRow,
                WeekdayToggles.of("patternDay", form::dayProperty, messages.locale()), add, error);
    }

    private static VBox calls(AttendanceViewModel model, Messages messages) {
        CallFormModel form = model.callForm();
        FormGrid grid = new FormGrid(messages, form.errors(), null);
        grid.text("participant.call.from", CallFormModel.FIELD_FROM, form.fromProperty(), true)
                .setOnAction(e -> model.addCall());
        TextField to = grid.text("participant.call.to", CallFormModel.FIELD_TO, form.toProperty(), false);
        to.setOnAction(e -> model.addCall());
        to.setPromptText(messages.get("participant.call.to.hint"));
        ComboBox<AbsenceReason> reason = new ComboBox<>(FXCollections.observableArrayList(AbsenceReason.values()));
        EnumCells.use(reason, r -> messages.get(r.messageKey()));
        reason.valueProperty().bindBidirectional(form.reasonProperty());
        grid.add("participant.call.reason", "callReason", reason, true);
        grid.text("participant.call.note", CallFormModel.FIELD_NOTE, form.noteProperty(), false)
                .setOnAction(e -> model.addCall());
        Button add = new Button(messages.get("participant.call.add"));
        add.setId("addCall");
        add.setOnAction(e -> model.addCall());
        grid.row("", add, null);
        add.setMaxWidth(Region.USE_PREF_SIZE);

        TableView<ParticipantAbsence> table = new TableView<>(model.calls());
        table.setId("callTable");
        table.setPlaceholder(new Label(messages.get("participant.calls.none")));
        table.setPrefHeight(150);
        TableColumn<ParticipantAbsence, String> when = column(messages.get("participant.call.when"), model::period, 185);
        when.setMinWidth(180);
        table.getColumns().add(when);
        table.getColumns().add(column(messages.get("participant.call.reason"),
                c -> messages.get(c.reason().messageKey()), 95));
        table.getColumns().add(column(messages.get("participant.call.note"), ParticipantAbsence::note, 160));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                model.removeCall(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Button remove = new Button(messages.get("participant.call.remove"));
        remove.setId("removeCall");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeCall(table.getSelectionModel().getSelectedItem()));
        return new VBox(6, grid, table, remove);
    }

    private static VBox extraDays(AttendanceViewModel model, Messages messages) {
        TextField day = new TextField();
        day.setId(AttendanceViewModel.FIELD_EXTRA_DATE);
        day.setPrefColumnCount(8);
        day.setPromptText(messages.get("date.format.hint"));
        day.textProperty().bindBidirectional(model.extraDateProperty());
        day.setOnAction(e -> model.addExtraDay());
        Button add = new Button(messages.get("participant.extra.add"));
        add.setId("addExtraDay");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> model.addExtraDay());
        HBox addRow = new HBox(8, day, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        Label error = errorLabel("extraDateError", model.extraErrors(), AttendanceViewModel.FIELD_EXTRA_DATE);

        ListView<LocalDate> list = new ListView<>(model.extraDays());
        list.setId("extraDayList");
        list.setPrefHeight(90);
        list.setPlaceholder(new Label(messages.get("participant.extra.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty || date == null ? "" : messages.longDate(date));
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && list.getSelectionModel().getSelectedItem() != null) {
                model.removeExtraDay(list.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        Button remove = new Button(messages.get("participant.extra.remove"));
        remove.setId("removeExtraDay");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.removeExtraDay(list.getSelectionModel().getSelectedItem()));
        return new VBox(6, hint(messages.get("participant.extra.hint")), addRow, error, list, remove);
    }

    private static Label title(Messages messages, String key) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().add("subsection-title");
        return title;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        label.setMinWidth(0);
        label.setPrefWidth(10);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    /** A message line under a row of fields, showing whichever of {@code fields} has a message. */
    private static Label errorLabel(String id, ObservableMap<String, String> errors, String... fields) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        errors.addListener((MapChangeListener<String, String>) c -> {
            String text = "";
            for (String field : fields) {
                text = errors.getOrDefault(field, text);
            }
            label.setText(text);
        });
        return label;
    }

    private static TableColumn<ParticipantAbsence, String> column(String title,
                                                                  Function<ParticipantAbsence, String> value,
                                                                  double width) {
        TableColumn<ParticipantAbsence, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
