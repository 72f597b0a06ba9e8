package be.dagpuzzel.review.view;

import java.time.LocalDate;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import be.dagpuzzel.ui.Messages;

/**
 * The collapsible "Yesterday" panel beside the morning board: open reminders to tick off there,
 * incidents still needing a follow-up, and yesterday's points of attention for who is here today.
 * It follows the app's date and reads again whenever the board is shown.
 */
public final class YesterdayPanel extends TitledPane {

    private static final double TEXT_WIDTH = 260;

    private final YesterdayViewModel model;
    private final Messages messages;
    private static final double MAX_HEIGHT = 300;

    private final VBox content = new VBox(4);
    private final ScrollPane scroll = new ScrollPane(content);
    private final ChangeListener<LocalDate> dateListener = (obs, old, day) -> onDate(day);

    public YesterdayPanel(YesterdayViewModel model, Messages messages, ObservableValue<LocalDate> date) {
        this.model = model;
        this.messages = messages;
        setId("yesterdayPanel");
        getStyleClass().add("yesterday-panel");
        getStylesheets().add(YesterdayPanel.class.getResource("review.css").toExternalForm());
        textProperty().bind(model.titleProperty());
        setCollapsible(true);
        // keeps its height when the warnings below want more
        setMinHeight(USE_PREF_SIZE);
        setExpanded(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setContent(scroll);
        ListChangeListener<Object> redraw = c -> draw();
        model.reminders().addListener(redraw);
        model.followUps().addListener(redraw);
        model.attention().addListener(redraw);
        model.lastTickProperty().addListener((obs, old, text) -> draw());
        date.addListener(new WeakChangeListener<>(dateListener));
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                model.refresh();
            }
        });
        model.load(date.getValue());
        draw();
    }

    private void onDate(LocalDate day) {
        model.load(day);
    }

    private void draw() {
        content.getChildren().clear();
        if (!model.lastTickProperty().get().isEmpty()) {
            Label ticked = wrapped(model.lastTickProperty().get());
            ticked.setMaxWidth(TEXT_WIDTH - 90);
            ticked.getStyleClass().add("hint");
            Hyperlink undo = new Hyperlink(messages.get("review.board.undo"));
            undo.setId("carriedUndo");
            undo.setOnAction(e -> model.undoTick());
            content.getChildren().add(new HBox(4, ticked, undo)); // first, where the tick was
        }
        if (!model.reminders().isEmpty()) {
            content.getChildren().add(heading("review.board.reminders"));
            for (ReviewModels.ReminderLine line : model.reminders()) {
                CheckBox tick = new CheckBox(line.text());
                tick.setId("carried-" + line.id());
                tick.setWrapText(true);
                tick.setMaxWidth(TEXT_WIDTH);
                tick.setOnAction(e -> model.tickReminder(line));
                content.getChildren().add(new VBox(0, tick, detail(messages.format("review.board.reminderFor",
                        line.forWhom(), line.due()))));
            }
        }
        if (!model.followUps().isEmpty()) {
            content.getChildren().add(heading("review.board.followUps"));
            for (ReviewModels.IncidentLine line : model.followUps()) {
                Label what = wrapped(line.text());
                CheckBox done = new CheckBox(messages.get("review.incident.followUpDone"));
                done.setId("followUp-" + line.id());
                done.setOnAction(e -> model.followUpDone(line));
                content.getChildren().add(new VBox(1, detail(line.heading()
                        + (line.people().isEmpty() ? "" : " · " + line.people())), what, done));
            }
        }
        if (!model.attention().isEmpty()) {
            content.getChildren().add(heading("review.board.attention"));
            for (ReviewModels.AttentionLine line : model.attention()) {
                Label text = wrapped(line.name() + ": " + line.note());
                text.getStyleClass().add("yesterday-attention");
                text.setId("attention-line");
                content.getChildren().add(line.task().isEmpty() ? text : new VBox(0, text, detail(line.task())));
            }
        }
        if (model.emptyProperty().get()) {
            Label nothing = wrapped(messages.get("review.board.nothing"));
            nothing.setId("yesterdayNothing");
            nothing.getStyleClass().add("hint");
            content.getChildren().add(nothing);
        }
    }

    /** As high as what it holds, up to a limit, so the warnings below keep their room. */
    @Override
    protected void layoutChildren() {
        double width = scroll.getViewportBounds() == null ? 0 : scroll.getViewportBounds().getWidth();
        if (width > 0) {
            double wanted = Math.min(content.prefHeight(width), MAX_HEIGHT);
            if (Math.abs(wanted - scroll.getPrefViewportHeight()) > 1) {
                scroll.setPrefViewportHeight(wanted); // the board lays out again with the new height
            }
        }
        super.layoutChildren();
    }

    private Node heading(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("yesterday-heading");
        return l;
    }

    private static Label detail(String text) {
        Label l = wrapped(text);
        l.getStyleClass().add("person-detail");
        return l;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(TEXT_WIDTH);
        return l;
    }

    /** Reads again (after changes elsewhere). */
    public void refresh() {
        model.refresh();
    }
}
