package be.dagpuzzel.settings;

import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import be.dagpuzzel.ui.Messages;

/** The form for the centre's name and address, with each field's message right under it. */
public final class CentreForm extends GridPane {

    private final CentreFormModel model;
    private final Messages messages;
    private int row;
    private TextField first;

    public CentreForm(CentreFormModel model, Messages messages, Runnable onCommit) {
        this.model = model;
        this.messages = messages;
        getStyleClass().add("form");
        setHgap(10);
        setVgap(4);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(220);
        getColumnConstraints().addAll(labels, fields);
        first = field("centre.name", CentreService.FIELD_NAME, model.nameProperty(), onCommit, true);
        field("centre.street", "street", model.streetProperty(), onCommit, false);
        field("centre.houseNumber", "houseNumber", model.houseNumberProperty(), onCommit, false);
        field("centre.postcode", CentreService.FIELD_POSTCODE, model.postcodeProperty(), onCommit, false);
        field("centre.municipality", "municipality", model.municipalityProperty(), onCommit, false);
    }

    public void focusFirst() {
        first.requestFocus();
    }

    private TextField field(String labelKey, String fieldName, StringProperty value, Runnable onCommit, boolean required) {
        Label label = new Label(messages.get(labelKey) + (required ? " *" : ""));
        TextField input = new TextField();
        input.setId("centre-" + fieldName);
        input.textProperty().bindBidirectional(value);
        label.setLabelFor(input);
        Label error = new Label();
        error.setId("centre-" + fieldName + "-error");
        error.getStyleClass().add("field-error");
        error.setManaged(false);
        error.setVisible(false);
        model.errors().addListener((MapChangeListener<String, String>) change -> {
            String text = model.errors().get(fieldName);
            error.setText(text == null ? "" : text);
            error.setVisible(text != null);
            error.setManaged(text != null);
            input.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), text != null);
        });
        if (onCommit != null) {
            input.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    onCommit.run();
                }
            });
            input.setOnAction(e -> onCommit.run());
        }
        add(label, 0, row);
        add(input, 1, row++);
        add(error, 1, row++);
        return input;
    }
}
