package be.dagpuzzel.settings;

import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** What the list-and-form settings pages share: a list kept in step with a selection, and an "add" row. */
final class ListPages {

    private static final KeyCombination ADD = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);

    private ListPages() {
    }

    static <T> ListView<T> list(String id, ObservableList<T> items, ObjectProperty<T> selected, Consumer<T> select) {
        ListView<T> list = new ListView<>(items);
        list.setId(id);
        list.setMinWidth(240);
        list.setPrefWidth(280);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (item != null) {
                select.accept(item);
            }
        });
        selected.addListener((obs, old, item) -> {
            if (item != null && list.getSelectionModel().getSelectedItem() != item) {
                list.getSelectionModel().select(item);
            }
        });
        return list;
    }

    /** A name field and a button; Enter in the field adds too. */
    static HBox addRow(TextField name, Button add, Runnable action) {
        name.setOnAction(e -> action.run());
        add.setOnAction(e -> action.run());
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox row = new HBox(6, name, add);
        row.setMinWidth(Region.USE_PREF_SIZE);
        return row;
    }

    /** Ctrl+N goes to the "add" field; Ctrl+Z undoes the page's last change. */
    static void shortcuts(Region page, TextField newName, Runnable undo) {
        page.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ADD.match(e)) {
                newName.requestFocus();
                e.consume();
            } else if (UNDO.match(e)) {
                undo.run();
                e.consume();
            }
        });
    }
}
