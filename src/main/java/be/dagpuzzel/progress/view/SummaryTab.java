package be.dagpuzzel.progress.view;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import be.dagpuzzel.progress.Due;
import be.dagpuzzel.progress.LadderStanding;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.TimelineEvent;
import be.dagpuzzel.ui.Messages;

/**
 * A worker at a glance: what is due, where they stand on each ladder they climb, and the timeline
 * (start, steps reached, meetings, phases, goals, training, incidents, the end).
 */
final class SummaryTab extends Tab {

    private final ProgressViewModel model;
    private final Messages messages;
    private final ProgressTexts texts;
    private final ListView<Due> due = new ListView<>();
    private final VBox ladders = new VBox(4);
    private final ListView<TimelineEvent> timeline = new ListView<>();

    SummaryTab(ProgressViewModel model) {
        super(model.messages().get("progress.tab.summary"));
        this.model = model;
        this.messages = model.messages();
        this.texts = new ProgressTexts(model);
        setId("progressSummaryTab");

        due.setId("progressDue");
        due.setPlaceholder(new Label(messages.get("progress.summary.nothingDue")));
        due.setPrefHeight(150);
        due.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Due item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : texts.due(item));
                setWrapText(true);
                setPrefWidth(0);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("overdue"),
                        !empty && item != null && item.overdue());
            }
        });
        timeline.setId("progressTimeline");
        timeline.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TimelineEvent item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                // the date and the kind on one line, what happened below it: the column is narrow
                // beside the due list, and a third column left the text a few letters wide
                Label date = new Label(messages.shortDate(item.date()));
                date.setMinWidth(Region.USE_PREF_SIZE);
                Label kind = new Label(messages.get(item.kind().messageKey()));
                kind.getStyleClass().add("timeline-kind");
                Label what = new Label(texts.event(item));
                what.setWrapText(true);
                what.setMaxWidth(Double.MAX_VALUE);
                VBox line = new VBox(2, new HBox(8, date, kind));
                if (!what.getText().isBlank()) {
                    line.getChildren().add(what);
                }
                setPrefWidth(0);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("future"), item.date().isAfter(model.today()));
                setText(null);
                setGraphic(line);
            }
        });

        Label dueTitle = title("progress.summary.due");
        Label ladderTitle = title("progress.summary.ladders");
        Label timelineTitle = title("progress.summary.timeline");
        VBox leftColumn = new VBox(8, dueTitle, due, ladderTitle, ladders);
        leftColumn.setPrefWidth(420);
        VBox rightColumn = new VBox(8, timelineTitle, timeline);
        VBox.setVgrow(timeline, Priority.ALWAYS);
        HBox.setHgrow(rightColumn, Priority.ALWAYS);
        HBox content = new HBox(16, leftColumn, rightColumn);
        content.setPadding(new Insets(12));
        setContent(content);
        model.pageProperty().addListener((obs, old, page) -> show(page));
        show(model.pageProperty().get());
    }

    private Label title(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("subsection-title");
        return label;
    }

    private void show(ProgressPage page) {
        if (page == null) {
            due.getItems().clear();
            timeline.getItems().clear();
            ladders.getChildren().clear();
            return;
        }
        due.getItems().setAll(page.due());
        timeline.getItems().setAll(page.timeline());
        ladders.getChildren().clear();
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        int row = 0;
        for (LadderStanding l : page.ladders()) {
            if (l.current().isEmpty()) {
                continue;
            }
            Label task = new Label(model.taskName(l.taskTypeId()));
            task.getStyleClass().add("form-label");
            Label where = new Label(model.stepName(l.current().orElseThrow()) + " — "
                    + messages.format("progress.summary.since", messages.shortDate(l.currentSignoff().orElseThrow().signedOn())));
            grid.addRow(row++, task, where);
        }
        if (row == 0) {
            Label none = new Label(messages.get("progress.summary.noLadders"));
            none.getStyleClass().add("hint");
            ladders.getChildren().add(none);
        } else {
            ladders.getChildren().add(grid);
        }
    }
}
