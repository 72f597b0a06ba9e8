package be.dagpuzzel.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;

/**
 * Dialog buttons in the user's language (JavaFX's own "Cancel" has no Dutch translation), and a
 * way to make the safe choice the default one in a question that destroys something.
 */
public final class DialogButtons {

    private DialogButtons() {
    }

    public static ButtonType cancel(Messages messages) {
        return new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** A destructive action that Enter does not trigger. */
    public static ButtonType destructive(String text) {
        return new ButtonType(text, ButtonBar.ButtonData.OTHER);
    }

    /** Makes {@code safe} the button that Enter presses. */
    public static void defaultTo(DialogPane pane, ButtonType safe) {
        for (ButtonType type : pane.getButtonTypes()) {
            Button button = (Button) pane.lookupButton(type);
            button.setDefaultButton(type == safe);
        }
    }
}
