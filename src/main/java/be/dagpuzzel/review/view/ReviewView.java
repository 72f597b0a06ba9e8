package be.dagpuzzel.review.view;

import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SectionCommands;

/**
 * The "Review" section for the date in the date bar: the fast feedback per worker and the plan
 * with what really happened in the middle; incidents, notes for tomorrow, the transport in short
 * and the days still without review on the right. Ctrl+N adds a note for tomorrow, Ctrl+F
 * searches past reviews, Ctrl+Z undoes; Alt+I adds an incident, Alt+D marks the day as reviewed.
 */
public final class ReviewView extends BorderPane implements SectionCommands {

    private static final double SIDE_TEXT = 250;

    private final ReviewViewModel model;
    private final Messages messages;
    private final Property<LocalDate> date;
    private final FeedbackTable feedback;
    private final ChangeListener<LocalDate> dateListener = (obs, old, day) -> onDate(day);

    public ReviewView(ReviewViewModel model, Messages messages, Property<LocalDate> date) {
        this.model = model;
        this.messages = messages;
        this.date = date;
        getStyleClass().add("review-view");
        getStylesheets().add(ReviewView.class.getResource("review.css").toExternalForm());
        feedback = new FeedbackTable(model, messages);
        setTop(toolbar());
        setCenter(middle());
        setRight(side());
        date.addListener(new WeakChangeListener<>(dateListener));
        // Ctrl+Z in a field with nothing of its own to undo takes back the review's last change
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.Z && e.isShortcutDown() && !e.isShiftDown()
                    && getScene().getFocusOwner() instanceof javafx.scene.control.TextInputControl field
                    && !field.isUndoable()) {
                model.undo();
                e.consume();
            }
        });
        // coming back to the section shows what was changed elsewhere (a reminder ticked on the board)
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null && model.loadedProperty().get()) {
                model.refresh();
            }
        });
        model.load(date.getValue());
    }

    private void onDate(LocalDate day) {
        model.load(day);
    }

    private Node toolbar() {
        Label title = new Label(messages.get("section.review"));
        title.getStyleClass().add("section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button search = button("reviewSearch", "review.search", "review.search.tooltip", this::find);
        Button undo = button("reviewUndo", "roster.undo", "review.undo.tooltip", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button mark = button("markReviewed", "review.mark", "review.mark.tooltip", model::markReviewed);
        mark.getStyleClass().add("accent");
        mark.disableProperty().bind(model.reviewedProperty().or(model.editableProperty().not()));
        HBox bar = new HBox(8, title, spacer, search, undo, mark);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label completeness = new Label();
        completeness.setId("reviewCompleteness");
        completeness.textProperty().bind(model.completenessProperty());
        completeness.getStyleClass().add("review-completeness");
        completeness.setMinWidth(Region.USE_PREF_SIZE);
        model.reviewedProperty().addListener((obs, old, done) -> mark(completeness, done));
        mark(completeness, model.reviewedProperty().get());
        Label notice = label("reviewNotice", "hint");
        notice.textProperty().bind(model.noticeProperty());
        Label message = label("reviewMessage", "field-error");
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        HBox status = new HBox(16, completeness, notice, message);
        status.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(4, bar, status);
        top.getStyleClass().add("board-toolbar");
        return top;
    }

    private static void mark(Label completeness, boolean done) {
        completeness.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("done"), done);
    }

    private Node middle() {
        Label feedbackTitle = subtitle("review.feedback");
        Label keys = new Label(messages.get("review.feedback.keys"));
        keys.getStyleClass().add("hint");
        keys.setWrapText(true);
        Label future = new Label(messages.get("review.future"));
        future.getStyleClass().add("hint");
        future.visibleProperty().bind(model.editableProperty().not().and(model.loadedProperty()));
        future.managedProperty().bind(future.visibleProperty());
        Label placesTitle = subtitle("review.places");
        Label placesHint = new Label(messages.get("review.places.hint"));
        placesHint.getStyleClass().add("hint");
        placesHint.setWrapText(true);
        VBox content = new VBox(8, feedbackTitle, keys, future, feedback, placesTitle, placesHint,
                new PlacesTable(model, messages));
        content.getStyleClass().add("review-middle");
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node side() {
        ListView<ReviewModels.IncidentLine> incidents = new ListView<>(model.incidents());
        incidents.setId("incidentList");
        incidents.setPlaceholder(new Label(messages.get("review.incident.none")));
        incidents.setCellFactory(v -> new IncidentCell());
        fitToItems(incidents, 90);
        incidents.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editIncident(incidents.getSelectionModel().getSelectedItem());
            }
        });
        incidents.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editIncident(incidents.getSelectionModel().getSelectedItem());
            }
        });
        Button addIncident = button("addIncident", "review.incident.addButton", "review.incident.add.tooltip",
                this::addIncident);
        addIncident.disableProperty().bind(model.editableProperty().not());
        ListView<ReviewModels.ReminderLine> reminders = new ListView<>(model.reminders());
        reminders.setId("reminderList");
        reminders.setPlaceholder(new Label(messages.get("review.reminder.none")));
        reminders.setCellFactory(v -> new ReminderCell());
        fitToItems(reminders, 62);
        reminders.setOnKeyPressed(e -> {
            ReviewModels.ReminderLine line = reminders.getSelectionModel().getSelectedItem();
            if (line != null && e.getCode() == KeyCode.DELETE) {
                model.removeReminder(line.id());
            } else if (line != null && e.getCode() == KeyCode.SPACE) {
                model.setReminderDone(line.id(), !line.done());
            }
        });
        Button addReminder = button("addReminder", "review.reminder.addButton", "review.reminder.add.tooltip",
                this::createNew);
        VBox transport = new VBox(3);
        transport.setId("transportSummary");
        model.transport().addListener((javafx.collections.ListChangeListener<String>) c -> {
            transport.getChildren().setAll(model.transport().stream().map(t -> {
                Label l = new Label(t);
                l.setWrapText(true);
                l.setMaxWidth(SIDE_TEXT + 20);
                return l;
            }).toList());
        });
        ListView<ReviewModels.DayLine> days = new ListView<>(model.daysWithoutReview());
        days.setId("daysWithoutReview");
        days.setPlaceholder(new Label(messages.get("review.days.none")));
        fitToItems(days, 26);
        days.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ReviewModels.DayLine item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.text());
            }
        });
        days.setTooltip(new Tooltip(messages.get("review.days.tooltip")));
        days.setOnMouseClicked(e -> openDay(days.getSelectionModel().getSelectedItem()));
        days.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openDay(days.getSelectionModel().getSelectedItem());
            }
        });
        VBox side = new VBox(6, subtitle("review.incidents"), incidents, addIncident, subtitle("review.reminders"),
                reminders, addReminder, subtitle("review.transport"), transport, subtitle("review.days"), days);
        side.getStyleClass().add("review-side");
        ScrollPane scroll = new ScrollPane(side);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(300);
        return scroll;
    }

    /** A list as high as its lines (roughly {@code perItem} each), between one line and six. */
    private static void fitToItems(ListView<?> list, double perItem) {
        Runnable fit = () -> list.setPrefHeight(Math.max(1, Math.min(6, list.getItems().size())) * perItem + 8);
        list.getItems().addListener((javafx.collections.ListChangeListener<Object>) c -> fit.run());
        fit.run();
    }

    private void openDay(ReviewModels.DayLine line) {
        if (line != null) {
            date.setValue(line.date());
        }
    }

    private final class IncidentCell extends ListCell<ReviewModels.IncidentLine> {
        @Override
        protected void updateItem(ReviewModels.IncidentLine item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label heading = new Label(item.heading() + (item.people().isEmpty() ? "" : " · " + item.people()));
            heading.getStyleClass().add("slot-label");
            heading.setWrapText(true);
            heading.setMaxWidth(SIDE_TEXT);
            Label text = new Label(item.text());
            text.setWrapText(true);
            text.setMaxWidth(SIDE_TEXT);
            VBox box = new VBox(2, heading, text);
            if (item.followUpNeeded()) {
                CheckBox done = new CheckBox(messages.get("review.incident.followUpDone"));
                done.setSelected(item.followUpDone());
                done.setOnAction(e -> model.setFollowUpDone(item.id(), done.isSelected()));
                box.getChildren().add(done);
            }
            setGraphic(box);
            setText(null);
            setPrefWidth(1); // wrap within the list instead of scrolling sideways
        }
    }

    private final class ReminderCell extends ListCell<ReviewModels.ReminderLine> {
        @Override
        protected void updateItem(ReviewModels.ReminderLine item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            CheckBox done = new CheckBox(item.text());
            done.setWrapText(true);
            done.setMaxWidth(SIDE_TEXT);
            done.setSelected(item.done());
            done.setOnAction(e -> model.setReminderDone(item.id(), done.isSelected()));
            Label detail = new Label(messages.format("review.reminder.detail", item.forWhom(), item.due()));
            detail.getStyleClass().add("person-detail");
            setGraphic(new VBox(1, done, detail));
            setText(null);
            setPrefWidth(1);
        }
    }

    private void addIncident() {
        IncidentDialog.show(getScene().getWindow(), messages, model.dateProperty().get(), model.participants(),
                model.staffHere(), Optional.empty()).ifPresent(i -> model.saveIncident(i, errors -> { }));
    }

    private void editIncident(ReviewModels.IncidentLine line) {
        if (line == null || !model.editableProperty().get()) {
            return;
        }
        model.incident(line.id()).ifPresent(existing -> IncidentDialog.show(getScene().getWindow(), messages,
                existing.date(), model.participants(), model.staffHere(), Optional.of(existing))
                .ifPresent(i -> model.saveIncident(i, errors -> { })));
    }

    private Label subtitle(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("subsection-title");
        return l;
    }

    private static Label label(String id, String style) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(style);
        return l;
    }

    private Button button(String id, String textKey, String tooltipKey, Runnable action) {
        Button b = new Button(messages.get(textKey));
        b.setId(id);
        b.setTooltip(new Tooltip(messages.get(tooltipKey)));
        b.setOnAction(e -> action.run());
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    /** Ctrl+N: a note for tomorrow. */
    @Override
    public void createNew() {
        ReminderDialog.show(getScene().getWindow(), messages, model.dateProperty().get(), model.nextWorkingDay(),
                model.staff()).ifPresent(r -> model.addReminder(r.text(), r.forStaffId(), r.due(), errors -> { }));
    }

    /** Ctrl+F: search past reviews. */
    @Override
    public void find() {
        SearchDialog.show(getScene().getWindow(), messages, model, date::setValue);
    }

    @Override
    public boolean undo() {
        return model.undo();
    }

    /** Reloads after changes made elsewhere. */
    public void refresh() {
        model.refresh();
    }

    /** Puts the cursor in the first row still without feedback. */
    public void focusFeedback() {
        feedback.focusFirstOpen();
    }
}
