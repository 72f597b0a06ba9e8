package be.dagpuzzel.settings;

import java.time.DayOfWeek;

import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.Messages;

/**
 * Day templates: a weekday, its slots in a table, and the chosen slot in a form beside it.
 * Keyboard: Ctrl+N adds, Delete removes, Alt+Up/Down moves, Ctrl+Z undoes, Enter stores a
 * field, Escape puts it back.
 */
final class DayTemplatesPage extends VBox {

    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UP = new KeyCodeCombination(KeyCode.UP, KeyCombination.ALT_DOWN);
    private static final KeyCombination DOWN = new KeyCodeCombination(KeyCode.DOWN, KeyCombination.ALT_DOWN);

    private final DayTemplatesViewModel model;
    private final Messages messages;
    private final TableView<TemplateSlot> table = new TableView<>();
    private final ToggleGroup days = new ToggleGroup();
    private TextField labelField;

    DayTemplatesPage(DayTemplatesViewModel model, Messages messages) {
        super(10);
        this.model = model;
        this.messages = messages;
        setId("dayTemplatesPage");
        getStyleClass().add("page");
        Label intro = new Label(messages.get("templates.intro"));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        Label notice = new Label();
        notice.setId("templatesNotice");
        notice.getStyleClass().add("notice");
        notice.textProperty().bind(model.noticeProperty());
        HBox body = new HBox(16, table(), form());
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(intro, weekdays(), toolbar(), body, notice);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    private void shortcut(KeyEvent e) {
        if (ADD.match(e)) {
            model.commit();
            model.add();
            labelField.requestFocus();
        } else if (UNDO.match(e)) {
            model.undo();
        } else if (UP.match(e) || DOWN.match(e)) {
            model.commit();
            if (UP.match(e)) {
                model.moveUp();
            } else {
                model.moveDown();
            }
        } else {
            return;
        }
        e.consume();
    }

    private HBox weekdays() {
        HBox bar = new HBox(4);
        bar.getStyleClass().add("weekday-bar");
        for (DayOfWeek day : DayOfWeek.values()) {
            ToggleButton button = new ToggleButton(model.dayName(day));
            button.setId("weekday-" + day.name().toLowerCase(java.util.Locale.ROOT));
            button.setToggleGroup(days);
            button.setUserData(day);
            button.setSelected(day == model.weekdayProperty().get());
            button.setOnAction(e -> {
                model.commit();
                model.weekdayProperty().set(day);
                button.setSelected(true);
            });
            model.slotCounts().addListener((MapChangeListener<DayOfWeek, Integer>) change -> {
                boolean closed = model.slotCounts().getOrDefault(day, 0) == 0;
                button.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("closed"), closed);
                button.setTooltip(new Tooltip(closed ? messages.get("templates.closedDay.short")
                        : messages.format("templates.slotCount", model.slotCounts().get(day))));
            });
            bar.getChildren().add(button);
        }
        model.weekdayProperty().addListener((obs, old, day) -> days.getToggles()
                .forEach(t -> t.setSelected(t.getUserData() == day)));
        return bar;
    }

    private FlowPane toolbar() {
        Button add = button("templates.add", "addSlot", () -> {
            model.add();
            labelField.requestFocus();
        });
        Button remove = button("templates.remove", "removeSlot", model::remove);
        Button up = button("templates.moveUp", "moveSlotUp", model::moveUp);
        Button down = button("templates.moveDown", "moveSlotDown", model::moveDown);
        Button undo = button("templates.undo", "undoSlot", model::undo);
        remove.disableProperty().bind(model.selectedProperty().isNull());
        up.disableProperty().bind(model.selectedProperty().isNull());
        down.disableProperty().bind(model.selectedProperty().isNull());
        MenuButton copy = new MenuButton(messages.get("templates.copyTo"));
        copy.setId("copyDay");
        copy.setOnShowing(e -> {
            copy.getItems().clear();
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day != model.weekdayProperty().get()) {
                    MenuItem item = new MenuItem(model.dayName(day));
                    item.setId("copyTo-" + day.name().toLowerCase(java.util.Locale.ROOT));
                    item.setOnAction(a -> copyTo(day));
                    copy.getItems().add(item);
                }
            }
        });
        copy.getItems().add(new MenuItem("…"));
        FlowPane bar = new FlowPane(6, 6, add, remove, up, down, undo, copy);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void copyTo(DayOfWeek day) {
        int replaced = model.slotCounts().getOrDefault(day, 0);
        if (replaced > 0) {
            ButtonType cancel = DialogButtons.cancel(messages);
            ButtonType replace = DialogButtons.destructive(messages.get("templates.copy.replace"));
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.format("templates.copy.confirm",
                    model.dayName(model.weekdayProperty().get()), model.dayName(day), replaced), cancel, replace);
            confirm.initOwner(getScene().getWindow());
            confirm.setHeaderText(messages.get("templates.copyTo"));
            DialogButtons.defaultTo(confirm.getDialogPane(), cancel);
            if (confirm.showAndWait().filter(replace::equals).isEmpty()) {
                return;
            }
        }
        model.copyTo(day);
    }

    private Button button(String key, String id, Runnable action) {
        Button button = new Button(messages.get(key + ".short"));
        button.setTooltip(new Tooltip(messages.get(key)));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setId(id);
        button.setOnAction(e -> {
            model.commit();
            action.run();
        });
        return button;
    }

    private TableView<TemplateSlot> table() {
        table.setId("slotTable");
        table.setItems(model.slots());
        table.setPlaceholder(new Label(messages.get("templates.closedDay")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<TemplateSlot, TemplateSlot> task = new TableColumn<>(messages.get("templates.column.task"));
        task.setCellValueFactory(c -> constant(c.getValue()));
        task.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TemplateSlot slot, boolean empty) {
                super.updateItem(slot, empty);
                TaskType type = empty || slot == null ? null : model.taskType(slot.taskTypeId()).orElse(null);
                setText(type == null ? null : model.taskTypeName(type));
                setGraphic(type == null ? null : TaskTypeCell.swatch(type.colour()));
            }
        });
        task.setPrefWidth(150);
        TableColumn<TemplateSlot, String> label = column("templates.column.label", 220, s -> s.label());
        TableColumn<TemplateSlot, String> start = column("templates.column.start", 70,
                s -> SlotFormModel.time(s.hours().start()));
        TableColumn<TemplateSlot, String> end = column("templates.column.end", 70,
                s -> SlotFormModel.time(s.hours().end()));
        TableColumn<TemplateSlot, String> people = column("templates.column.people", 70,
                s -> String.valueOf(s.peopleNeeded()));
        table.getColumns().setAll(java.util.List.of(task, label, start, end, people));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, slot) -> {
            if (slot != null) {
                model.select(slot);
            }
        });
        model.selectedProperty().addListener((obs, old, slot) -> {
            if (slot != null && table.getSelectionModel().getSelectedItem() != slot) {
                table.getSelectionModel().select(slot);
                table.scrollTo(slot);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                model.remove();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                labelField.requestFocus();
                e.consume();
            }
        });
        return table;
    }

    private TableColumn<TemplateSlot, String> column(String key, double width,
                                                     java.util.function.Function<TemplateSlot, String> value) {
        TableColumn<TemplateSlot, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> constant(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private static <T> ObservableValue<T> constant(T value) {
        return new javafx.beans.property.ReadOnlyObjectWrapper<>(value);
    }

    private VBox form() {
        SlotFormModel slot = model.form();
        FormGrid grid = new FormGrid(slot.errors());
        ComboBox<TaskType> type = new ComboBox<>(model.activeTaskTypes());
        type.setId("slot-taskType");
        type.setCellFactory(list -> new TaskTypeCell(model::taskTypeName));
        type.setButtonCell(new TaskTypeCell(model::taskTypeName));
        type.valueProperty().bindBidirectional(slot.taskTypeProperty());
        grid.row(messages.get("templates.form.task"), type, DayTemplateService.FIELD_TASK);
        labelField = text(grid, "templates.form.label", "slot-label", slot.labelProperty(), SlotFormModel.FIELD_LABEL);
        text(grid, "templates.form.start", "slot-start", slot.startProperty(), DayTemplateService.FIELD_START);
        text(grid, "templates.form.end", "slot-end", slot.endProperty(), DayTemplateService.FIELD_END);
        text(grid, "templates.form.people", "slot-people", slot.peopleProperty(), DayTemplateService.FIELD_PEOPLE);
        Label title = new Label(messages.get("templates.form.title"));
        title.getStyleClass().add("subsection-title");
        Label hint = new Label(messages.get("templates.form.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Label none = new Label(messages.get("templates.form.none"));
        none.getStyleClass().add("hint");
        none.setWrapText(true);
        grid.visibleProperty().bind(model.selectedProperty().isNotNull());
        grid.managedProperty().bind(grid.visibleProperty());
        none.visibleProperty().bind(model.selectedProperty().isNull());
        none.managedProperty().bind(none.visibleProperty());
        VBox form = new VBox(8, title, none, grid, hint);
        form.setId("slotForm");
        form.setMinWidth(300);
        form.setPrefWidth(320);
        return form;
    }

    private TextField text(FormGrid grid, String labelKey, String id, javafx.beans.property.StringProperty value,
                           String field) {
        TextField input = new TextField();
        input.setId(id);
        input.textProperty().bindBidirectional(value);
        FormGrid.commitOnLeave(input, model::commit, () -> {
            if (model.form().changed()) {
                model.revert(field);
            } else {
                table.requestFocus();
            }
        });
        return grid.row(messages.get(labelKey), input, field);
    }
}
