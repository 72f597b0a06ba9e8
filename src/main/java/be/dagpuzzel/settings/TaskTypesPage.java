package be.dagpuzzel.settings;

import java.util.Locale;

import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/** Task types: the list with their colours, and the chosen type's name, colour, skills and switches. */
final class TaskTypesPage extends VBox {

    TaskTypesPage(TaskTypesViewModel model, Messages messages) {
        super(10);
        setId("taskTypesPage");
        getStyleClass().add("page");
        Label intro = new Label(messages.get("taskTypes.intro"));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);

        ListView<TaskType> list = ListPages.list("taskTypeList", model.types(), model.selectedProperty(), model::select);
        list.setCellFactory(l -> new TaskTypeCell(t -> model.displayName(t)
                + (t.active() ? "" : " " + messages.get("settings.off"))));
        TextField newName = new TextField();
        newName.setId("newTaskTypeName");
        newName.setPromptText(messages.get("taskTypes.new.prompt"));
        newName.textProperty().bindBidirectional(model.newNameProperty());
        Button add = new Button(messages.get("taskTypes.add"));
        add.setId("addTaskType");
        FormGrid addForm = new FormGrid(model.errors());
        addForm.row(messages.get("taskTypes.new"), ListPages.addRow(newName, add, model::add),
                TaskTypesViewModel.FIELD_NEW_NAME).setId("newTaskTypeRow");
        VBox left = new VBox(8, list, addForm);
        VBox.setVgrow(list, Priority.ALWAYS);

        HBox body = new HBox(16, left, form(model, messages));
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(intro, body);
        ListPages.shortcuts(this, newName, model::undo);
    }

    private static FormGrid form(TaskTypesViewModel model, Messages messages) {
        FormGrid form = new FormGrid(model.errors());
        TextField name = new TextField();
        name.setId("taskType-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        FormGrid.commitOnLeave(name, model::commit, model::revertName);
        form.row(messages.get("taskTypes.name"), name, TaskCatalogue.FIELD_NAME);

        ColorPicker colour = new ColorPicker();
        colour.setId("taskType-colour");
        colour.setValue(parse(model.colourProperty().get()));
        model.colourProperty().addListener((obs, old, hex) -> {
            if (!hex.equalsIgnoreCase(hex(colour.getValue()))) {
                colour.setValue(parse(hex));
            }
        });
        colour.valueProperty().addListener((obs, old, value) -> {
            if (value != null && !hex(value).equalsIgnoreCase(model.colourProperty().get())) {
                model.colourProperty().set(hex(value));
            }
        });
        form.row(messages.get("taskTypes.colour"), colour, TaskCatalogue.FIELD_COLOUR);

        VBox skills = new VBox(4);
        skills.setId("taskType-skills");
        model.skills().addListener((ListChangeListener<TaskTypesViewModel.SkillChoice>) change ->
                skills.getChildren().setAll(model.skills().stream().map(choice -> {
                    CheckBox box = new CheckBox(choice.name());
                    box.setId("requires-" + choice.skill().id());
                    box.selectedProperty().bindBidirectional(choice.required());
                    return box;
                }).toList()));
        form.row(messages.get("taskTypes.skills"), skills, null);

        CheckBox care = new CheckBox(messages.get("taskTypes.carePractice"));
        care.setId("taskType-carePractice");
        care.selectedProperty().bindBidirectional(model.carePracticeProperty());
        CheckBox active = new CheckBox(messages.get("taskTypes.active"));
        active.setId("taskType-active");
        active.selectedProperty().bindBidirectional(model.activeProperty());
        form.wide(care);
        form.wide(active);
        Label hint = new Label(messages.get("taskTypes.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        form.wide(hint);
        form.visibleProperty().bind(model.selectedProperty().isNotNull());
        form.setPrefWidth(400);
        return form;
    }

    private static Color parse(String hex) {
        try {
            return Color.web(hex);
        } catch (IllegalArgumentException e) {
            return Color.web(TaskTypesViewModel.DEFAULT_COLOUR);
        }
    }

    static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
