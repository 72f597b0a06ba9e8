package be.dagpuzzel.app;

import java.nio.file.Path;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import be.dagpuzzel.ui.Messages;

/**
 * The Help menu's dialogs: the keyboard shortcuts, and About (version, data folder, log file and
 * the licences of the libraries shipped with the app).
 */
final class InfoDialogs {

    private static final String[][] SHORTCUTS = {
        {"Ctrl+1 … Ctrl+6", "shortcut.sections"},
        {"Alt+←", "menu.go.previousDay"},
        {"Alt+→", "menu.go.nextDay"},
        {"Ctrl+T", "menu.go.today"},
        {"Ctrl+D", "menu.go.chooseDate"},
        {"Ctrl+Shift+A", "menu.staff.absence"},
        {"Ctrl+R", "menu.day.fill"},
        {"Ctrl+Shift+R", "menu.day.replan"},
        {"Ctrl+P", "menu.day.print"},
        {"Ctrl+P", "progress.report.shortcut"},
        {"Alt+↑ / Alt+↓", "shortcut.moveStop"},
        {"Ctrl+Y", "menu.edit.redo"},
        {"Ctrl+N", "shortcut.new"},
        {"Ctrl+F", "shortcut.find"},
        {"Ctrl+Z", "shortcut.undo"},
        {"Ctrl+Space", "review.shortcut.toggle"},
        {"F1", "menu.help.shortcuts"},
        {"Ctrl+Q", "menu.file.quit"},
    };

    /**
     * The libraries in the installed app and their licences, as their POMs / META-INF state them.
     * Add a row for each library added to the pom's runtime dependencies.
     */
    static final String[][] LIBRARIES = {
        {"OpenJDK Java runtime", "GPL 2.0 with Classpath Exception"},
        {"OpenJFX (JavaFX)", "GPL 2.0 with Classpath Exception"},
        {"ControlsFX", "BSD 3-Clause"},
        {"H2 Database", "MPL 2.0 / EPL 1.0"},
        {"Flyway", "Apache 2.0"},
        {"jOOQ (Open Source Edition)", "Apache 2.0"},
        {"R2DBC SPI", "Apache 2.0"},
        {"Reactive Streams", "CC0 1.0"},
        {"SLF4J", "MIT"},
        {"Jackson", "Apache 2.0"},
        {"Timefold Solver (Community Edition)", "Apache 2.0"},
        {"OpenPDF", "LGPL 2.1 / MPL 2.0"},
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
        Label text = new Label(messages.format("about.body", version(messages), dataDir, logFile));
        text.setWrapText(true);
        text.setMaxWidth(480);
        GridPane libraries = new GridPane();
        libraries.setHgap(16);
        libraries.setVgap(2);
        for (int i = 0; i < LIBRARIES.length; i++) {
            libraries.addRow(i, new Label(LIBRARIES[i][0]), new Label(LIBRARIES[i][1]));
        }
        Label runtime = new Label(messages.format("about.runtime", Runtime.version().toString()));
        VBox content = new VBox(10, text, new Label(messages.get("about.libraries")), libraries, runtime);
        content.getStyleClass().add("about");
        show(owner, messages.get("menu.help.about"), content);
    }

    /** The version from the jar's manifest; absent when run from classes (mvn javafx:run). */
    static String version(Messages messages) {
        String version = InfoDialogs.class.getPackage().getImplementationVersion();
        return version == null ? messages.get("about.devVersion") : version;
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
