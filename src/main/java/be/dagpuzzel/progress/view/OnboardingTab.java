package be.dagpuzzel.progress.view;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import be.dagpuzzel.progress.view.OnboardingViewModel.Ladder;
import be.dagpuzzel.progress.view.OnboardingViewModel.StepLine;
import be.dagpuzzel.progress.view.OnboardingViewModel.StepState;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.Messages;

/**
 * "Onboarding": a card per task type with a ladder, its steps in order with where the worker
 * stands, what the roster's rules make of it, "Sign off" for the next step (Alt+S on the first
 * card; the ladder being climbed comes first) and "Take back" for the step reached.
 */
final class OnboardingTab extends Tab {

    private static final PseudoClass DUE = PseudoClass.getPseudoClass("due");

    private final OnboardingViewModel model;
    private final Messages messages;
    private final VBox cards = new VBox(12);

    OnboardingTab(OnboardingViewModel model, Messages messages) {
        super(messages.get("progress.tab.onboarding"));
        this.model = model;
        this.messages = messages;
        setId("progressOnboardingTab");
        Label hint = new Label(messages.get("progress.onboarding.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        cards.setId("onboardingLadders");
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        VBox content = new VBox(10, hint, scroll);
        content.setPadding(new Insets(12));
        setContent(content);
        new SignOffDialog(model, messages, () -> getTabPane() == null || getTabPane().getScene() == null ? null
                : getTabPane().getScene().getWindow());
        model.ladders().addListener((ListChangeListener<Ladder>) c -> show());
        show();
    }

    private void show() {
        String focused = focusedButton();
        cards.getChildren().clear();
        if (model.ladders().isEmpty()) {
            Label none = new Label(messages.get("progress.onboarding.none"));
            none.getStyleClass().add("hint");
            cards.getChildren().add(none);
            return;
        }
        boolean first = true;
        for (Ladder ladder : model.ladders()) {
            cards.getChildren().add(card(ladder, first));
            first = false;
        }
        if (focused != null) {
            refocus(focused);
        }
    }

    /** The id of the card's button that has the focus ("signOff-3"), or null. */
    private String focusedButton() {
        if (getTabPane() == null || getTabPane().getScene() == null) {
            return null;
        }
        for (Node n = getTabPane().getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == cards) {
                Node owner = getTabPane().getScene().getFocusOwner();
                return owner.getId();
            }
        }
        return null;
    }

    /**
     * After the cards are built again (a step signed off or taken back), the keyboard stays on the
     * same ladder: the same button, else the ladder's other one.
     */
    private void refocus(String id) {
        String task = id.substring(id.indexOf('-') + 1);
        for (String candidate : new String[] {id, "takeBack-" + task, "signOff-" + task}) {
            Node again = cards.lookup("#" + candidate);
            if (again != null) {
                again.requestFocus();
                return;
            }
        }
    }

    private VBox card(Ladder ladder, boolean first) {
        Label task = new Label(ladder.taskName());
        task.getStyleClass().add("subsection-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, task, spacer);
        top.setAlignment(Pos.CENTER_LEFT);
        ladder.next().ifPresent(next -> {
            String text = messages.format("progress.onboarding.signOff", next.name());
            Button signOff = new Button(first ? text : text.replace("_", ""));
            signOff.setMnemonicParsing(first);
            signOff.setId("signOff-" + ladder.taskTypeId());
            signOff.setMinWidth(Region.USE_PREF_SIZE);
            signOff.setOnAction(e -> model.startSignOff(next));
            top.getChildren().add(signOff);
        });

        GridPane steps = new GridPane();
        steps.setHgap(12);
        steps.setVgap(2);
        ColumnConstraints fixed = new ColumnConstraints();
        fixed.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints grows = new ColumnConstraints();
        grows.setHgrow(Priority.ALWAYS);
        steps.getColumnConstraints().setAll(fixed, grows, fixed, fixed);
        int row = 0;
        for (StepLine line : ladder.steps()) {
            addStep(steps, row++, ladder, line);
        }
        Label rule = new Label(ladder.rosterRule());
        rule.setId("rosterRule-" + ladder.taskTypeId());
        rule.getStyleClass().add("roster-rule");
        rule.setWrapText(true);
        VBox card = new VBox(6, top, steps, rule);
        card.getStyleClass().add("ladder-card");
        if (!ladder.started()) {
            card.getStyleClass().add("not-started");
        }
        card.setId("ladder-" + ladder.taskTypeId());
        return card;
    }

    private void addStep(GridPane grid, int row, Ladder ladder, StepLine line) {
        Label mark = new Label(switch (line.state()) {
            case REACHED -> "✓";
            case CURRENT -> "●";
            case NEXT -> "→";
            case NOT_YET -> "○";
        });
        mark.getStyleClass().add("step-mark");
        Label name = new Label(line.name());
        name.getStyleClass().addAll("step-name", "step-" + line.state().name().toLowerCase());
        Label state = new Label(line.stateText());
        state.setId("stepState-" + line.step().id());
        state.getStyleClass().add("step-state");
        state.pseudoClassStateChanged(DUE, line.dueForSignOff());
        state.setWrapText(true);
        Label guide = new Label(line.guide());
        guide.getStyleClass().add("hint");
        guide.setMinWidth(Region.USE_PREF_SIZE);
        name.setMinWidth(Region.USE_PREF_SIZE);
        HBox action = new HBox();
        if (line.state() == StepState.CURRENT) {
            Button takeBack = new Button(messages.get("progress.onboarding.takeBack"));
            takeBack.setId("takeBack-" + ladder.taskTypeId());
            takeBack.getStyleClass().add("small-button");
            takeBack.setMinWidth(Region.USE_PREF_SIZE);
            takeBack.setOnAction(e -> confirmTakeBack(ladder, line));
            action.getChildren().add(takeBack);
        }
        HBox stepRow = new HBox(8, mark, name);
        stepRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(row, stepRow, state, guide, action);
        for (Node node : new Node[] {stepRow, state, guide, action}) {
            node.pseudoClassStateChanged(DUE, line.dueForSignOff());
            node.getStyleClass().add("step-cell");
        }
    }

    private void confirmTakeBack(Ladder ladder, StepLine line) {
        String who = model.workerName();
        ButtonType cancel = DialogButtons.cancel(messages);
        ButtonType takeBack = DialogButtons.destructive(messages.get("progress.onboarding.takeBack"));
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                messages.format("progress.onboarding.takeBack.confirm", line.name(), who), cancel, takeBack);
        if (getTabPane() != null && getTabPane().getScene() != null) {
            confirm.initOwner(getTabPane().getScene().getWindow());
        }
        confirm.setTitle(messages.get("progress.onboarding.takeBack.title"));
        confirm.setHeaderText(ladder.taskName() + ": " + line.name());
        confirm.getDialogPane().setId("takeBackConfirm");
        DialogButtons.defaultTo(confirm.getDialogPane(), cancel);
        ((Button) confirm.getDialogPane().lookupButton(takeBack)).setId("confirmTakeBack");
        confirm.showAndWait().filter(takeBack::equals).ifPresent(ok -> model.takeBack(line));
    }
}
