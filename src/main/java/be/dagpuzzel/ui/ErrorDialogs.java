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
 * and the technical message under "Details". A full disk or a data folder that may no longer be
 * written is not unexpected: it is said as such, that the last change was not saved and what to do. The full trace goes to the log only. One dialog at a
 * time; errors that arrive while it is open are logged.
 */
public final class ErrorDialogs implements ErrorReporter {

    private static final Logger LOG = Logger.getLogger(ErrorDialogs.class.getName());

    private final Supplier<Messages> messages;
    private final Supplier<Window> owner;
    private final Path logFile;
    private final Path dataDir;
    private Runnable afterDiskProblem = () -> { };
    private boolean showing;

    /** With the data folder taken from the log file's place ({@code <data>/logs/<file>}). */
    public ErrorDialogs(Supplier<Messages> messages, Supplier<Window> owner, Path logFile) {
        this(messages, owner, logFile, dataDirOf(logFile));
    }

    private static Path dataDirOf(Path logFile) {
        Path logs = logFile.toAbsolutePath().getParent();
        return logs == null || logs.getParent() == null ? logFile.toAbsolutePath() : logs.getParent();
    }

    public ErrorDialogs(Supplier<Messages> messages, Supplier<Window> owner, Path logFile, Path dataDir) {
        this.messages = messages;
        this.owner = owner;
        this.logFile = logFile;
        this.dataDir = dataDir;
    }

    /**
     * Runs after a full disk or unwritable folder was shown, so the sections read the store again
     * and show what is really stored (the failed change is not).
     */
    public void afterDiskProblem(Runnable action) {
        this.afterDiskProblem = action;
    }

    /** The dialog's title, header and body for {@code error}. */
    record Texts(String title, String header, String body, boolean diskProblem) {
    }

    /** A full disk or an unwritable folder is said as such, with what to do; anything else as unexpected. */
    Texts texts(Messages m, Throwable error) {
        return be.dagpuzzel.store.DiskProblem.of(error).map(problem -> problem == be.dagpuzzel.store.DiskProblem.FULL
                ? new Texts(m.get("disk.full.title"), m.get("disk.full.header"), m.format("disk.full.body", dataDir), true)
                : new Texts(m.get("disk.readOnly.title"), m.get("disk.readOnly.header"),
                        m.format("disk.readOnly.body", dataDir), true))
                .orElseGet(() -> new Texts(m.get("error.title"), m.get("error.header"), m.format("error.body", logFile),
                        false));
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
        be.dagpuzzel.store.DiskProblem.of(error).ifPresentOrElse(
                problem -> LOG.log(Level.WARNING, "Not saved: " + problem, error),
                () -> LOG.log(Level.SEVERE, "Unexpected error", error));
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
        boolean disk = false;
        try {
            Messages m = messages.get();
            Texts texts = texts(m, error);
            disk = texts.diskProblem();
            Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
            alert.setTitle(texts.title());
            alert.setHeaderText(texts.header());
            Label body = new Label(texts.body());
            body.setId(disk ? "diskProblemText" : "errorText");
            body.setMaxWidth(520);
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
        if (disk) {
            afterDiskProblem.run();
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
