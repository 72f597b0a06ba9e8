package be.dagpuzzel.ui;

import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A two-column form: label, field, and under each field its message from an error map (field
 * name to text). Fields commit when left or on Enter, so every edit is saved at once.
 */
public final class FormGrid extends GridPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final Messages messages;
    private final ObservableMap<String, String> errors;
    private final Runnable onCommit;
    private int row;

    public FormGrid(Messages messages, ObservableMap<String, String> errors, Runnable onCommit) {
        this.messages = messages;
        this.errors = errors;
        this.onCommit = onCommit;
        getStyleClass().add("form");
        setHgap(10);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(200);
        getColumnConstraints().addAll(labels, fields);
    }

    /** A text field bound both ways to {@code value}. */
    public TextField text(String labelKey, String field, StringProperty value, boolean required) {
        TextField input = new TextField();
        input.textProperty().bindBidirectional(value);
        input.setOnAction(e -> commit());
        add(labelKey, field, input, required);
        return input;
    }

    /** Any control; it commits when it loses focus. */
    public <T extends Control> T add(String labelKey, String field, T control, boolean required) {
        control.setId(field);
        Label label = new Label(messages.get(labelKey) + (required ? " *" : ""));
        label.setLabelFor(control);
        label.getStyleClass().add("form-label");
        Label error = new Label();
        error.setId(field + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        showError(control, error, errors.get(field));
        errors.addListener((MapChangeListener<String, String>) change -> {
            if (change.getKey().equals(field)) {
                showError(control, error, errors.get(field));
            }
        });
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        add(label, 0, row);
        add(control, 1, row++);
        add(error, 1, row++);
        return control;
    }

    /** A full-width line (a hint, a warning). */
    public void line(Node node) {
        add(node, 0, row++, 2, 1);
    }

    private void commit() {
        if (onCommit != null) {
            onCommit.run();
        }
    }

    private static void showError(Node control, Label error, String text) {
        error.setText(text == null ? "" : text);
        error.setVisible(text != null);
        error.setManaged(text != null);
        control.pseudoClassStateChanged(INVALID, text != null);
    }
}
