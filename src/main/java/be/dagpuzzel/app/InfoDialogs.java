package be.dagpuzzel.app;

import java.nio.file.Path;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import be.dagpuzzel.ui.Messages;

/** The Help menu's dialogs: the keyboard shortcuts, and About (version, data folder, log file). */
final class InfoDialogs {

    private static final String[][] SHORTCUTS = {
        {"Ctrl+1 … Ctrl+6", "shortcut.sections"},
        {"Alt+←", "menu.go.previousDay"},
        {"Alt+→", "menu.go.nextDay"},
        {"Ctrl+T", "menu.go.today"},
        {"Ctrl+D", "menu.go.chooseDate"},
        {"Ctrl+Shift+A", "menu.staff.absence"},
        {"Ctrl+N", "shortcut.new"},
        {"Ctrl+F", "shortcut.find"},
        {"Ctrl+Z", "shortcut.undo"},
        {"F1", "menu.help.shortcuts"},
        {"Ctrl+Q", "menu.file.quit"},
    };

    private InfoDialogs() {
    }

    static void shortcuts(Window owner, Messages messages) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(6);
        for (int i = 0; i < SHORTCUTS.length; i++) {
            Label key = new Label(SHORTCUTS[i][0]);
            key.getStyleClass().add("shortcut-key");
            grid.addRow(i, key, new Label(messages.get(SHORTCUTS[i][1])));
        }
        show(owner, messages.get("menu.help.shortcuts"), grid);
    }

    static void about(Window owner, Messages messages, Path dataDir, Path logFile) {
        String version = InfoDialogs.class.getPackage().getImplementationVersion();
        Label text = new Label(messages.format("about.body",
                version == null ? messages.get("about.devVersion") : version, dataDir, logFile));
        text.setWrapText(true);
        text.setMaxWidth(480);
        show(owner, messages.get("menu.help.about"), text);
    }

    private static void show(Window owner, String title, javafx.scene.Node content) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setContent(content);
        alert.showAndWait();
    }
}
