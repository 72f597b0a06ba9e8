package be.dagpuzzel.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The app's task runner: one background thread for store work, so that edits are written in
 * the order the user made them, one for long work such as auto-plan, and results applied on the
 * FX thread. Counts the saves under way
 * and the progress of long work for the status bar. Failures without a handler go to the
 * {@link ErrorReporter}.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dagpuzzel-store");
        thread.setDaemon(true);
        return thread;
    });
    /** Long work (auto-plan) runs beside store work, so the board stays usable while it runs. */
    private final ExecutorService longWork = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dagpuzzel-long-work");
        thread.setDaemon(true);
        return thread;
    });
    private final ErrorReporter errors;
    private final IntegerProperty savesPending = new SimpleIntegerProperty(this, "savesPending");
    private final IntegerProperty longTasks = new SimpleIntegerProperty(this, "longTasks");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final StringProperty progressMessage = new SimpleStringProperty(this, "progressMessage", "");
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    public FxTaskRunner(ErrorReporter errors) {
        this.errors = errors;
    }

    @Override
    public <T> void run(Kind kind, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        counterFor(kind).ifPresent(c -> c.set(c.get() + 1));
        if (kind == Kind.LONG) {
            cancelRequested.set(false);
            progress.set(-1);
        }
        (kind == Kind.LONG ? longWork : executor).execute(() -> {
            try {
                T result = work.call(progressFor(kind));
                Platform.runLater(() -> {
                    finished(kind);
                    if (onSuccess != null) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception | Error e) {
                if (e instanceof be.dagpuzzel.core.ValidationException) {
                    LOG.fine(() -> "Input refused: " + e.getMessage());
                } else {
                    LOG.log(Level.WARNING, "Background work failed", e);
                }
                Platform.runLater(() -> {
                    finished(kind);
                    if (onFailure != null) {
                        onFailure.accept(e);
                    } else {
                        errors.report(e);
                    }
                });
            }
        });
    }

    private java.util.Optional<IntegerProperty> counterFor(Kind kind) {
        return switch (kind) {
            case SAVE -> java.util.Optional.of(savesPending);
            case LONG -> java.util.Optional.of(longTasks);
            case LOAD -> java.util.Optional.empty();
        };
    }

    private void finished(Kind kind) {
        counterFor(kind).ifPresent(c -> c.set(c.get() - 1));
        if (kind == Kind.LONG && longTasks.get() == 0) {
            progress.set(-1);
            progressMessage.set("");
        }
    }

    private Progress progressFor(Kind kind) {
        if (kind != Kind.LONG) {
            return Progress.NONE;
        }
        return new Progress() {
            @Override
            public void update(double fraction, String message) {
                Platform.runLater(() -> {
                    progress.set(fraction);
                    progressMessage.set(message == null ? "" : message);
                });
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested.get();
            }
        };
    }

    @Override
    public void requestCancel() {
        cancelRequested.set(true);
    }

    public ReadOnlyIntegerProperty savesPendingProperty() {
        return savesPending;
    }

    public ReadOnlyIntegerProperty longTasksProperty() {
        return longTasks;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressMessageProperty() {
        return progressMessage;
    }

    /** Lets queued writes finish (a few seconds at most), then stops the thread. */
    @Override
    public void close() {
        requestCancel();
        longWork.shutdownNow();
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warning("Background work still running at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
