package be.dagpuzzel.ui;

import java.util.function.Function;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** Shows the items of a combo box in the user's words instead of their Java names. */
public final class EnumCells {

    private EnumCells() {
    }

    public static <T> void use(ComboBox<T> box, Function<T, String> text) {
        box.setCellFactory(list -> new Cell<>(text));
        box.setButtonCell(new Cell<>(text));
    }

    public static <T> void useList(javafx.scene.control.ListView<T> list, Function<T, String> text) {
        list.setCellFactory(l -> new Cell<>(text));
    }

    private static final class Cell<T> extends ListCell<T> {
        private final Function<T, String> text;

        Cell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : text.apply(item));
        }
    }
}
