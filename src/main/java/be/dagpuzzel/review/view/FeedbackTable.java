package be.dagpuzzel.review.view;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import be.dagpuzzel.review.Rating;
import be.dagpuzzel.ui.Messages;

/**
 * The fast feedback: a row per worker who was here, worked through from top to bottom with the
 * keyboard. Enter or Down stores the row (as shown: "went well" unless changed) and goes to the
 * next, Up to the one before; Ctrl+Space toggles went well / point of attention; typing goes into
 * the sentence.
 */
final class FeedbackTable extends GridPane {

    private static final PseudoClass ATTENTION = PseudoClass.getPseudoClass("attention");
    private static final PseudoClass STORED = PseudoClass.getPseudoClass("stored");

    private final ReviewViewModel model;
    private final Messages messages;
    private final List<TextField> fields = new ArrayList<>();

    FeedbackTable(ReviewViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("feedbackTable");
        getStyleClass().add("feedback-table");
        setHgap(10);
        setVgap(4);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints tasks = new ColumnConstraints(90, 150, 200);
        ColumnConstraints rating = new ColumnConstraints();
        rating.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints note = new ColumnConstraints();
        note.setHgrow(Priority.ALWAYS);
        note.setMinWidth(160);
        ColumnConstraints mark = new ColumnConstraints(16);
        getColumnConstraints().addAll(name, tasks, rating, note, mark);
        model.feedback().addListener((ListChangeListener<FeedbackRow>) c -> draw());
        draw();
    }

    private void draw() {
        getChildren().clear();
        fields.clear();
        int r = 0;
        for (FeedbackRow row : model.feedback()) {
            addRow(row, r++);
        }
        if (model.feedback().isEmpty()) {
            Label empty = new Label(messages.get("review.feedback.nobody"));
            empty.getStyleClass().add("hint");
            add(empty, 0, 0, 5, 1);
        }
    }

    private void addRow(FeedbackRow row, int index) {
        Label name = new Label(row.name());
        name.getStyleClass().add("person-name");
        Label tasks = new Label(row.tasks());
        tasks.getStyleClass().add("person-detail");
        tasks.setWrapText(true);
        ToggleButton rating = new ToggleButton();
        rating.setId("rating-" + row.staffId());
        rating.getStyleClass().add("rating-toggle");
        rating.setFocusTraversable(false);
        rating.setMaxWidth(Double.MAX_VALUE);
        rating.setTooltip(new Tooltip(messages.get("review.feedback.toggle.tooltip")));
        rating.setOnAction(e -> model.toggleRating(row));
        TextField note = new TextField(row.noteProperty().get());
        note.setId("feedback-" + row.staffId());
        note.setMaxWidth(Double.MAX_VALUE);
        note.setPromptText(messages.get("review.feedback.prompt"));
        note.textProperty().bindBidirectional(row.noteProperty());
        note.disableProperty().bind(model.editableProperty().not());
        rating.disableProperty().bind(model.editableProperty().not());
        Label mark = new Label();
        mark.getStyleClass().add("feedback-mark");
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.textProperty().bind(row.errorProperty());
        error.visibleProperty().bind(row.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        Runnable show = () -> {
            boolean attention = row.ratingProperty().get() == Rating.ATTENTION;
            rating.setText((attention ? "⚑ " : "✓ ") + messages.get(row.ratingProperty().get().messageKey()));
            rating.setSelected(attention);
            boolean stored = row.storedProperty().get();
            mark.setText(stored ? "✓" : "");
            mark.setTooltip(new Tooltip(messages.get(stored ? "review.feedback.stored" : "review.feedback.notYet")));
            for (var n : List.of(name, tasks, rating, note)) {
                n.pseudoClassStateChanged(ATTENTION, attention);
                n.pseudoClassStateChanged(STORED, stored);
            }
        };
        row.ratingProperty().addListener((obs, old, value) -> show.run());
        row.storedProperty().addListener((obs, old, value) -> show.run());
        show.run();
        note.addEventFilter(KeyEvent.KEY_PRESSED, e -> onKey(e, row, index));
        note.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.commitFeedback(row, false);
            }
        });
        int line = index * 2;
        addRow(line, name, tasks, rating, note, mark);
        add(error, 3, line + 1);
        GridPane.setValignment(name, javafx.geometry.VPos.CENTER);
        name.setAlignment(Pos.CENTER_LEFT);
        fields.add(note);
    }

    private void onKey(KeyEvent e, FeedbackRow row, int index) {
        if (e.getCode() == KeyCode.SPACE && e.isShortcutDown()) {
            model.toggleRating(row);
            e.consume();
        } else if ((e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.DOWN) && !e.isShortcutDown() && !e.isAltDown()) {
            model.commitFeedback(row, true);
            focus(index + 1);
            e.consume();
        } else if (e.getCode() == KeyCode.UP && !e.isShortcutDown() && !e.isAltDown()) {
            model.commitFeedback(row, true);
            focus(index - 1);
            e.consume();
        }
    }

    private void focus(int index) {
        if (index >= 0 && index < fields.size()) {
            TextField next = fields.get(index);
            next.requestFocus();
            next.end();
            showInScroll(next);
        }
    }

    /** Scrolls the enclosing scroll pane so the row with the cursor stays in sight. */
    private void showInScroll(javafx.scene.Node node) {
        javafx.scene.Node parent = getParent();
        while (parent != null && !(parent instanceof javafx.scene.control.ScrollPane)) {
            parent = parent.getParent();
        }
        if (!(parent instanceof javafx.scene.control.ScrollPane scroll) || scroll.getContent() == null) {
            return;
        }
        javafx.scene.Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        javafx.geometry.Bounds at = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = scroll.getVvalue() * (contentHeight - viewport);
        if (at.getMinY() < top + 40) {
            scroll.setVvalue(Math.max(0, (at.getMinY() - 40) / (contentHeight - viewport)));
        } else if (at.getMaxY() > top + viewport - 40) {
            scroll.setVvalue(Math.min(1, (at.getMaxY() - viewport + 40) / (contentHeight - viewport)));
        }
    }

    /** Puts the cursor in the first row without feedback (or the first row). */
    void focusFirstOpen() {
        for (int i = 0; i < model.feedback().size(); i++) {
            if (!model.feedback().get(i).storedProperty().get()) {
                focus(i);
                return;
            }
        }
        focus(0);
    }
}
