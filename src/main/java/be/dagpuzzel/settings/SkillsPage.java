package be.dagpuzzel.settings;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/** Skills and certificates: the list, the chosen one's name and switch, and a field to add one. */
final class SkillsPage extends VBox {

    SkillsPage(SkillsViewModel model, Messages messages) {
        super(10);
        setId("skillsPage");
        getStyleClass().add("page");
        Label intro = new Label(messages.get("skills.intro"));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);

        ListView<Skill> list = ListPages.list("skillList", model.skills(), model.selectedProperty(), model::select);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Skill skill, boolean empty) {
                super.updateItem(skill, empty);
                setText(empty || skill == null ? null : model.displayName(skill)
                        + (skill.active() ? "" : " " + messages.get("settings.off")));
                getStyleClass().remove("switched-off");
                if (skill != null && !empty && !skill.active()) {
                    getStyleClass().add("switched-off");
                }
            }
        });
        TextField newName = new TextField();
        newName.setId("newSkillName");
        newName.setPromptText(messages.get("skills.new.prompt"));
        newName.textProperty().bindBidirectional(model.newNameProperty());
        Button add = new Button(messages.get("skills.add"));
        add.setId("addSkill");
        FormGrid addForm = new FormGrid(model.errors());
        addForm.row(messages.get("skills.new"), ListPages.addRow(newName, add, model::add), SkillsViewModel.FIELD_NEW_NAME)
                .setId("newSkillRow");
        VBox left = new VBox(8, list, addForm);
        VBox.setVgrow(list, Priority.ALWAYS);

        FormGrid form = new FormGrid(model.errors());
        TextField name = new TextField();
        name.setId("skill-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        FormGrid.commitOnLeave(name, model::commit, model::revertName);
        form.row(messages.get("skills.name"), name, TaskCatalogue.FIELD_NAME);
        CheckBox active = new CheckBox(messages.get("skills.active"));
        active.setId("skill-active");
        active.selectedProperty().bindBidirectional(model.activeProperty());
        form.wide(active);
        Label hint = new Label(messages.get("skills.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        form.wide(hint);
        form.visibleProperty().bind(model.selectedProperty().isNotNull());
        form.setPrefWidth(360);

        HBox body = new HBox(16, left, form);
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(intro, body);
        ListPages.shortcuts(this, newName, model::undo);
    }
}
