package be.dagpuzzel.settings;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import be.dagpuzzel.progress.LadderStep;
import be.dagpuzzel.roster.rules.OnboardingStage;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/**
 * Onboarding ladders: the task types on the left, the chosen one's steps in order in the middle
 * (Alt+Up / Alt+Down move a step, Delete removes it, a row below adds one) and the chosen step's
 * name, stage and guide on the right.
 */
final class LaddersPage extends VBox {

    LaddersPage(LaddersViewModel model, Messages messages) {
        super(10);
        setId("laddersPage");
        getStyleClass().add("page");
        Label intro = new Label(messages.get("ladders.intro"));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        Label signOff = new Label(messages.get("ladders.signOffHint"));
        signOff.getStyleClass().add("hint");
        signOff.setWrapText(true);

        ListView<TaskType> tasks = ListPages.list("ladderTaskList", model.taskTypes(), model.taskProperty(),
                model::selectTask);
        tasks.setMinWidth(200);
        tasks.setPrefWidth(230);
        tasks.setCellFactory(l -> new TaskTypeCell(t -> model.taskName(t) + " · "
                + messages.format("ladders.stepCount", model.stepCount(t))));

        TextField newName = new TextField();
        newName.setId("newStepName");
        newName.setPromptText(messages.get("ladders.new.prompt"));
        newName.textProperty().bindBidirectional(model.newNameProperty());
        newName.setMinWidth(150);
        HBox.setHgrow(newName, Priority.ALWAYS);
        ComboBox<OnboardingStage> newStage = stageChoice("newStepStage", model);
        newStage.setMinWidth(Region.USE_PREF_SIZE);
        newStage.valueProperty().bindBidirectional(model.newStageProperty());
        Button add = new Button(messages.get("ladders.add"));
        add.setId("addStep");
        add.setMinWidth(Region.USE_PREF_SIZE);
        newName.setOnAction(e -> model.add());
        add.setOnAction(e -> model.add());
        add.disableProperty().bind(model.taskProperty().isNull());
        FormGrid addForm = new FormGrid(model.errors());
        addForm.row(messages.get("ladders.new"), new HBox(6, newName, newStage, add), LaddersViewModel.FIELD_NEW_NAME)
                .setId("newStepRow");

        VBox middle = new VBox(8, steps(model, messages), moveButtons(model, messages), addForm, notice(model));
        VBox.setVgrow(middle.getChildren().getFirst(), Priority.ALWAYS);
        HBox.setHgrow(middle, Priority.ALWAYS);
        HBox body = new HBox(16, tasks, middle, form(model, messages));
        VBox.setVgrow(body, Priority.ALWAYS);
        getChildren().addAll(intro, signOff, body);
        ListPages.shortcuts(this, newName, model::undo);
    }

    private static ListView<LadderStep> steps(LaddersViewModel model, Messages messages) {
        ListView<LadderStep> steps = ListPages.list("ladderStepList", model.steps(), model.selectedProperty(), model::select);
        steps.setMinWidth(300);
        steps.setPrefWidth(440);
        Label none = new Label(messages.get("ladders.none"));
        none.setWrapText(true);
        steps.setPlaceholder(none);
        steps.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(LadderStep step, boolean empty) {
                super.updateItem(step, empty);
                setText(null);
                if (empty || step == null) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(model.stepTitle(step));
                title.getStyleClass().add("step-title");
                Label detail = new Label(model.stepDetail(step));
                detail.getStyleClass().add("hint");
                setGraphic(new VBox(1, title, detail));
                setAccessibleText(model.stepLine(step));
            }
        });
        steps.setOnKeyPressed(e -> {
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                model.move(-1);
                e.consume();
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                model.move(1);
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                model.remove();
                e.consume();
            }
        });
        return steps;
    }

    private static HBox moveButtons(LaddersViewModel model, Messages messages) {
        Button up = new Button(messages.get("ladders.moveUp"));
        up.setId("stepUp");
        up.setTooltip(new Tooltip("Alt+↑"));
        up.disableProperty().bind(model.canMove(-1).not());
        up.setOnAction(e -> model.move(-1));
        Button down = new Button(messages.get("ladders.moveDown"));
        down.setId("stepDown");
        down.setTooltip(new Tooltip("Alt+↓"));
        down.disableProperty().bind(model.canMove(1).not());
        down.setOnAction(e -> model.move(1));
        Button remove = new Button(messages.get("ladders.remove"));
        remove.setId("removeStep");
        remove.setTooltip(new Tooltip(messages.get("ladders.remove.tooltip")));
        remove.disableProperty().bind(model.selectedProperty().isNull());
        remove.setOnAction(e -> model.remove());
        for (Button b : new Button[] {up, down, remove}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        return new HBox(6, up, down, remove);
    }

    private static Label notice(LaddersViewModel model) {
        Label notice = new Label();
        notice.setId("laddersNotice");
        notice.getStyleClass().add("notice");
        notice.setWrapText(true);
        notice.textProperty().bind(model.noticeProperty());
        notice.visibleProperty().bind(model.noticeProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        return notice;
    }

    private static FormGrid form(LaddersViewModel model, Messages messages) {
        FormGrid form = new FormGrid(model.errors());
        TextField name = new TextField();
        name.setId("ladderStep-name");
        name.textProperty().bindBidirectional(model.form().nameProperty());
        FormGrid.commitOnLeave(name, model::commit, model::revert);
        form.row(messages.get("ladders.name"), name, LaddersViewModel.FIELD_NAME);
        ComboBox<OnboardingStage> stage = stageChoice("ladderStep-stage", model);
        stage.valueProperty().bindBidirectional(model.form().stageProperty());
        form.row(messages.get("ladders.stage"), stage, null);
        TextField guide = new TextField();
        guide.setId("ladderStep-guide");
        guide.setPromptText(messages.get("ladders.guide.prompt"));
        guide.textProperty().bindBidirectional(model.form().guideProperty());
        FormGrid.commitOnLeave(guide, model::commit, model::revert);
        form.row(messages.get("ladders.guide"), guide, LaddersViewModel.FIELD_GUIDE);
        Label hint = new Label(messages.get("ladders.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        form.wide(hint);
        form.visibleProperty().bind(model.selectedProperty().isNotNull());
        form.setPrefWidth(330);
        form.setMinWidth(300);
        return form;
    }

    private static ComboBox<OnboardingStage> stageChoice(String id, LaddersViewModel model) {
        ComboBox<OnboardingStage> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(
                LaddersViewModel.STAGES));
        box.setId(id);
        EnumCells.use(box, model::stageName);
        return box;
    }
}
