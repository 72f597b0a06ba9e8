package be.dagpuzzel.ui;

import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * A two-column form: a label, the field, and under it the field's message from an errors map
 * (field name to text). A field with a message gets the {@code invalid} pseudo-class.
 */
public final class FormGrid extends GridPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final ObservableMap<String, String> errors;
    private int row;

    public FormGrid(ObservableMap<String, String> errors) {
        this.errors = errors;
        getStyleClass().add("form");
        setHgap(10);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(180);
        getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a row; the error label gets the id {@code <field's id>-error}. */
    public <T extends Node> T row(String labelText, T field, String fieldName) {
        Label label = new Label(labelText);
        if (field instanceof Control control) {
            label.setLabelFor(control);
            control.setMaxWidth(Double.MAX_VALUE);
        }
        Label error = new Label();
        error.setId(field.getId() + "-error");
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        showError(field, error, null);
        if (fieldName != null) {
            errors.addListener((MapChangeListener<String, String>) change -> showError(field, error, errors.get(fieldName)));
        }
        add(label, 0, row);
        add(field, 1, row++);
        add(error, 1, row++);
        return field;
    }

    /** Adds a node across both columns, such as a hint or a row of buttons. */
    public void wide(Node node) {
        add(node, 0, row++, 2, 1);
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
