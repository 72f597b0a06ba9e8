package be.dagpuzzel.review.view;

import java.util.function.Function;

import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;

/** Combo box cells that show a word for the empty choice ("Planning", "As planned") too, also on the button. */
final class ChoiceCells {

    private ChoiceCells() {
    }

    static <T> void use(ComboBox<T> box, String nothing, Function<T, String> text) {
        box.setCellFactory(list -> new Cell<>(nothing, text, false));
        box.setButtonCell(new Cell<>(nothing, text, true));
    }

    private static final class Cell<T> extends ListCell<T> {
        private final String nothing;
        private final Function<T, String> text;
        private final boolean button;

        Cell(String nothing, Function<T, String> text, boolean button) {
            this.nothing = nothing;
            this.text = text;
            this.button = button;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            // the button shows a null value as empty; the list only for rows past the end
            if (item == null && (button || !empty)) {
                setText(nothing);
            } else {
                setText(empty ? "" : text.apply(item));
            }
        }
    }
}
