package be.dagpuzzel.settings;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import be.dagpuzzel.progress.Competence;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/** Competences: the list, the chosen one's name, task type and switch, and a row to add one. */
final class CompetencesPage extends VBox {

    CompetencesPage(CompetencesViewModel model, Messages messages) {
        super(10);
        setId("competencesPage");
        getStyleClass().add("page");
        Label intro = new Label(messages.get("competences.intro"));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);

        ListView<Competence> list = ListPages.list("competenceList", model.competences(), model.selectedProperty(),
                model::select);
        list.setPrefWidth(320);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Competence c, boolean empty) {
                super.updateItem(c, empty);
                getStyleClass().remove("switched-off");
                if (empty || c == null) {
                    setText(null);
                    return;
                }
                setText(model.displayName(c) + (c.active() ? "" : " " + messages.get("settings.off")));
                if (!c.active()) {
                    getStyleClass().add("switched-off");
                }
            }
        });
        TextField newName = new TextField();
        newName.setId("newCompetenceName");
        newName.setPromptText(messages.get("competences.new.prompt"));
        newName.textProperty().bindBidirectional(model.newNameProperty());
        HBox.setHgrow(newName, Priority.ALWAYS);
        ComboBox<TaskType> newTask = taskChoice("newCompetenceTask", model);
        newTask.valueProperty().bindBidirectional(model.newTaskTypeProperty());
        Button add = new Button(messages.get("competences.add"));
        add.setId("addCompetence");
        add.setMinWidth(Region.USE_PREF_SIZE);
        newName.setOnAction(e -> model.add());
        add.setOnAction(e -> model.add());
        FormGrid addForm = new FormGrid(model.errors());
        addForm.row(messages.get("competences.new"), new HBox(6, newName, newTask, add),
                CompetencesViewModel.FIELD_NEW_NAME).setId("newCompetenceRow");
        VBox left = new VBox(8, list, addForm);
        VBox.setVgrow(list, Priority.ALWAYS);

        FormGrid form = new FormGrid(model.errors());
        TextField name = new TextField();
        name.setId("competence-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        FormGrid.commitOnLeave(name, model::commit, model::revertName);
        form.row(messages.get("competences.name"), name, CompetencesViewModel.FIELD_NAME);
        ComboBox<TaskType> task = taskChoice("competence-task", model);
        task.valueProperty().bindBidirectional(model.taskTypeProperty());
        form.row(messages.get("competences.taskType"), task, null);
        CheckBox active = new CheckBox(messages.get("competences.active"));
        active.setId("competence-active");
        active.selectedProperty().bindBidirectional(model.activeProperty());
        form.wide(active);
        Label hint = new Label(messages.get("competences.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        form.wide(hint);
        form.visibleProperty().bind(model.selectedProperty().isNotNull());
        form.setPrefWidth(380);

        HBox body = new HBox(16, left, form);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(intro, body);
        ListPages.shortcuts(this, newName, model::undo);
    }

    private static ComboBox<TaskType> taskChoice(String id, CompetencesViewModel model) {
        ComboBox<TaskType> box = new ComboBox<>(model.taskTypes());
        box.setId(id);
        box.setMinWidth(Region.USE_PREF_SIZE);
        // null is "every task", also in the button when nothing else is chosen
        box.setCellFactory(l -> new TaskChoiceCell(model));
        box.setButtonCell(new TaskChoiceCell(model));
        box.setPromptText(model.taskName(null)); // the combo shows its prompt for a null value
        return box;
    }

    private static final class TaskChoiceCell extends ListCell<TaskType> {
        private final CompetencesViewModel model;

        TaskChoiceCell(CompetencesViewModel model) {
            this.model = model;
        }

        @Override
        protected void updateItem(TaskType item, boolean empty) {
            super.updateItem(item, empty);
            setText(model.taskName(item));
        }
    }
}
