package be.dagpuzzel.ui;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Shows an unexpected error to the user: a plain sentence in her language, the log file's path,
 * and the technical message under "Details". The full trace goes to the log only. One dialog at a
 * time; errors that arrive while it is open are logged.
 */
public final class ErrorDialogs implements ErrorReporter {

    private static final Logger LOG = Logger.getLogger(ErrorDialogs.class.getName());

    private final Supplier<Messages> messages;
    private final Supplier<Window> owner;
    private final Path logFile;
    private boolean showing;

    public ErrorDialogs(Supplier<Messages> messages, Supplier<Window> owner, Path logFile) {
        this.messages = messages;
        this.owner = owner;
        this.logFile = logFile;
    }

    /** Routes uncaught exceptions of every thread, the FX thread included, to this reporter. */
    public void installAsDefaultHandler() {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOG.log(Level.SEVERE, "Uncaught exception in " + thread.getName(), error);
            if (Platform.isFxApplicationThread()) {
                show(error);
            } else {
                Platform.runLater(() -> show(error));
            }
        });
    }

    @Override
    public void report(Throwable error) {
        LOG.log(Level.SEVERE, "Unexpected error", error);
        if (Platform.isFxApplicationThread()) {
            show(error);
        } else {
            Platform.runLater(() -> show(error));
        }
    }

    private void show(Throwable error) {
        if (showing) {
            return;
        }
        showing = true;
        try {
            Messages m = messages.get();
            Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
            alert.setTitle(m.get("error.title"));
            alert.setHeaderText(m.get("error.header"));
            Label body = new Label(m.format("error.body", logFile));
            body.setWrapText(true);
            alert.getDialogPane().setContent(new VBox(body));
            TextArea details = new TextArea(describe(error));
            details.setEditable(false);
            details.setWrapText(true);
            details.setPrefRowCount(6);
            alert.getDialogPane().setExpandableContent(new VBox(new Label(m.get("error.details")), details));
            Window window = owner.get();
            if (window != null && window.isShowing()) {
                alert.initOwner(window);
            }
            alert.showAndWait();
        } finally {
            showing = false;
        }
    }

    /** The chain of causes, one line each: what a support person needs, without the stack. */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append("\n← ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.toString();
    }
}
