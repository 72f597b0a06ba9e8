package be.dagpuzzel.settings;

import java.util.function.Function;

import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;

/** A task type in a list or choice box: its colour as a small square, then its name. */
final class TaskTypeCell extends ListCell<TaskType> {

    private final Function<TaskType, String> names;

    TaskTypeCell(Function<TaskType, String> names) {
        this.names = names;
    }

    static Region swatch(String colour) {
        Region swatch = new Region();
        swatch.getStyleClass().add("swatch");
        swatch.setStyle("-fx-background-color: " + (colour.matches("#[0-9a-fA-F]{6}") ? colour : "#999999") + ";");
        swatch.setMinSize(12, 12);
        swatch.setMaxSize(12, 12);
        return swatch;
    }

    @Override
    protected void updateItem(TaskType item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : names.apply(item));
        setGraphic(empty || item == null ? null : swatch(item.colour()));
    }
}
