package be.dagpuzzel.progress.view;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import be.dagpuzzel.progress.GoalStatus;
import be.dagpuzzel.progress.PopGoal;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/**
 * The personal development plan: the goals (open ones first, those past their target date in red)
 * and the form beside them that adds a goal or changes the selected one. Delete removes a goal,
 * Ctrl+Z brings it back.
 */
final class PlanTab extends Tab {

    private static final PseudoClass OVERDUE = PseudoClass.getPseudoClass("overdue");
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");

    private final PlanModel model;
    private final Messages messages;
    private final TableView<PlanModel.GoalRow> table = new TableView<>();

    PlanTab(ProgressViewModel page, ProgressService progress) {
        super(page.messages().get("progress.tab.plan"));
        this.model = new PlanModel(page, progress);
        this.messages = page.messages();
        setId("progressPlanTab");

        VBox content = new VBox(10, goalTable(), form());
        content.setPadding(new Insets(12));
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        setContent(scroll);
    }

    private Node goalTable() {
        table.setId("goalTable");
        table.setItems(model.goals());
        table.setPlaceholder(new Label(messages.get("progress.goal.none")));
        table.getColumns().add(column("progress.goal.description", PlanModel.GoalRow::description, 190));
        table.getColumns().add(column("progress.goal.task", PlanModel.GoalRow::task, 115));
        table.getColumns().add(column("progress.goal.competence", PlanModel.GoalRow::competence, 120));
        table.getColumns().add(column("progress.goal.setOn", PlanModel.GoalRow::setOn, 85));
        table.getColumns().add(column("progress.goal.target", PlanModel.GoalRow::target, 95));
        table.getColumns().add(column("progress.goal.status", PlanModel.GoalRow::status, 130));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(PlanModel.GoalRow item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(OVERDUE, !empty && item != null && item.pastTarget());
                pseudoClassStateChanged(CLOSED, !empty && item != null && item.goal().status() != GoalStatus.OPEN);
                setTooltip(!empty && item != null && item.pastTarget()
                        ? new javafx.scene.control.Tooltip(messages.get("progress.goal.pastTarget")) : null);
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.edit(row.goal());
            }
        });
        model.goals().addListener((ListChangeListener<PlanModel.GoalRow>) c -> {
            PopGoal editing = model.editingProperty().get();
            if (editing != null) {
                model.goals().stream().filter(r -> r.goal().id() == editing.id()).findFirst()
                        .ifPresent(r -> table.getSelectionModel().select(r));
            }
        });
        model.editingProperty().addListener((obs, old, goal) -> {
            if (goal == null) {
                table.getSelectionModel().clearSelection();
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && selected() != null) {
                model.remove(selected());
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setPrefHeight(230);
        table.setMinHeight(150);

        Button newGoal = new Button(messages.get("progress.goal.new"));
        newGoal.setId("newGoal");
        newGoal.setOnAction(e -> model.newGoal());
        Button remove = button("removeGoal", "progress.goal.remove", () -> model.remove(selected()));
        Button achieved = button("goalAchieved", "progress.goal.markAchieved", () -> model.setStatus(selected(), GoalStatus.ACHIEVED));
        Button dropped = button("goalDropped", "progress.goal.markDropped", () -> model.setStatus(selected(), GoalStatus.DROPPED));
        Button reopen = button("goalReopen", "progress.goal.reopen", () -> model.setStatus(selected(), GoalStatus.OPEN));
        var row = table.getSelectionModel().selectedItemProperty();
        achieved.disableProperty().bind(Bindings.createBooleanBinding(() -> row.get() == null
                || row.get().goal().status() == GoalStatus.ACHIEVED, row));
        dropped.disableProperty().bind(Bindings.createBooleanBinding(() -> row.get() == null
                || row.get().goal().status() == GoalStatus.DROPPED, row));
        reopen.disableProperty().bind(Bindings.createBooleanBinding(() -> row.get() == null
                || row.get().goal().status() == GoalStatus.OPEN, row));
        HBox buttons = new HBox(8, newGoal, remove, achieved, dropped, reopen);
        VBox box = new VBox(8, title("progress.plan.title"), table, buttons);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private Button button(String id, String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(id);
        button.setOnAction(e -> action.run());
        button.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        return button;
    }

    private PopGoal selected() {
        PlanModel.GoalRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? null : row.goal();
    }

    private Node form() {
        Label heading = new Label();
        heading.getStyleClass().add("subsection-title");
        heading.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.editingProperty().get() == null ? "progress.goal.addTitle" : "progress.goal.editTitle"),
                model.editingProperty()));
        FormGrid left = new FormGrid(model.errors());
        TextField description = new TextField();
        description.setId("goalDescription");
        description.setPrefColumnCount(24);
        description.textProperty().bindBidirectional(model.descriptionProperty());
        description.setOnAction(e -> model.save());
        left.row(messages.get("progress.goal.description") + " *", description, ProgressService.FIELD_TEXT);
        ComboBox<PlanModel.Choice> task = choiceBox("goalTask", model.taskChoices());
        task.valueProperty().bindBidirectional(model.taskProperty());
        left.row(messages.get("progress.goal.task"), task, "task");
        Label practise = new Label(messages.get("progress.goal.practiseHint"));
        practise.getStyleClass().add("hint");
        practise.setWrapText(true);
        left.wide(practise);
        FormGrid right = new FormGrid(model.errors());
        ComboBox<PlanModel.Choice> competence = choiceBox("goalCompetence", model.competenceChoices());
        competence.valueProperty().bindBidirectional(model.competenceProperty());
        right.row(messages.get("progress.goal.competence"), competence, "competence");
        TextField setOn = new TextField();
        setOn.setId("goalSetOn");
        setOn.setPrefColumnCount(10);
        setOn.textProperty().bindBidirectional(model.setOnProperty());
        setOn.setOnAction(e -> model.save());
        right.row(messages.get("progress.goal.setOn"), setOn, PlanModel.FIELD_SET_ON);
        TextField target = new TextField();
        target.setId("goalTarget");
        target.setPrefColumnCount(10);
        target.setPromptText(messages.get("progress.goal.targetPrompt"));
        target.textProperty().bindBidirectional(model.targetProperty());
        target.setOnAction(e -> model.save());
        right.row(messages.get("progress.goal.target"), target, ProgressService.FIELD_TARGET);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox form = new HBox(20, left, right);

        Button save = new Button();
        save.setId("saveGoal");
        save.textProperty().bind(Bindings.createStringBinding(() -> messages.get(
                model.editingProperty().get() == null ? "progress.goal.add" : "progress.goal.save"), model.editingProperty()));
        save.setOnAction(e -> model.save());
        VBox box = new VBox(8, heading, form, save);
        box.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && model.editingProperty().get() != null) {
                model.newGoal();
                e.consume();
            }
        });
        return box;
    }

    private Label title(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("subsection-title");
        return label;
    }

    private static ComboBox<PlanModel.Choice> choiceBox(String id, javafx.collections.ObservableList<PlanModel.Choice> items) {
        ComboBox<PlanModel.Choice> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setCellFactory(v -> new ChoiceCell());
        box.setButtonCell(new ChoiceCell());
        return box;
    }

    private static final class ChoiceCell extends ListCell<PlanModel.Choice> {
        @Override
        protected void updateItem(PlanModel.Choice item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }

    private TableColumn<PlanModel.GoalRow, String> column(String key, Function<PlanModel.GoalRow, String> value,
                                                          double width) {
        TableColumn<PlanModel.GoalRow, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
