package be.dagpuzzel.ui;

import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A two-column form: a label, the field, and under it the field's message from an errors map
 * (field name to text). A field with a message gets the {@code invalid} pseudo-class. Built with
 * messages and a commit action, its fields also commit when left, so every edit is saved at once.
 */
public final class FormGrid extends GridPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ObservableMap<String, String> errors;
    private final Messages messages;
    private final Runnable onCommit;
    private int row;

    /** A form whose rows are added with {@link #row}; the caller wires committing. */
    public FormGrid(ObservableMap<String, String> errors) {
        this(null, errors, null);
    }

    /** A form whose fields added with {@link #add} or {@link #text} commit when left. */
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
        fields.setMinWidth(180);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a row; the error label gets the id {@code <field's id>-error}. */
    public <T extends Node> T row(String labelText, T field, String fieldName) {
        Label label = new Label(labelText);
        label.getStyleClass().add("form-label");
        if (field instanceof Control control) {
            label.setLabelFor(control);
            control.setMaxWidth(Double.MAX_VALUE);
        }
        Label error = new Label();
        error.setId(field.getId() + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        showError(field, error, fieldName == null ? null : errors.get(fieldName));
        if (fieldName != null) {
            errors.addListener((MapChangeListener<String, String>) change -> showError(field, error, errors.get(fieldName)));
        }
        add(label, 0, row);
        add(field, 1, row++);
        add(error, 1, row++);
        return field;
    }

    /** A text field bound both ways to {@code value}, committing on Enter and when left. */
    public TextField text(String labelKey, String field, StringProperty value, boolean required) {
        TextField input = new TextField();
        input.textProperty().bindBidirectional(value);
        input.setOnAction(e -> commit());
        add(labelKey, field, input, required);
        return input;
    }

    /** Any control, with id {@code field}, a label from the bundle (* when required); commits when left. */
    public <T extends Control> T add(String labelKey, String field, T control, boolean required) {
        control.setId(field);
        row(messages.get(labelKey) + (required ? " *" : ""), control, field);
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit();
            }
        });
        return control;
    }

    /** Adds a node across both columns, such as a hint, a warning or a row of buttons. */
    public void wide(Node node) {
        add(node, 0, row++, 2, 1);
    }

    /** Same as {@link #wide}. */
    public void line(Node node) {
        wide(node);
    }

    private void commit() {
        if (onCommit != null) {
            onCommit.run();
        }
    }

    private static void showError(Node field, Label error, String text) {
        error.setText(text == null ? "" : text);
        error.setVisible(text != null);
        error.setManaged(text != null);
        field.pseudoClassStateChanged(INVALID, text != null);
    }

    /**
     * Calls {@code commit} when the field is left or Enter is pressed, and {@code cancel} on
     * Escape (which then goes no further).
     */
    public static void commitOnLeave(TextInputControl field, Runnable commit, Runnable cancel) {
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit.run();
                e.consume();
            }
        });
        field.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && cancel != null) {
                cancel.run();
                field.positionCaret(field.getLength());
                e.consume();
            }
        });
    }
}
