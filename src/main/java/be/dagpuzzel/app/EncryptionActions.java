package be.dagpuzzel.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

import be.dagpuzzel.settings.StoreProtection;
import be.dagpuzzel.store.Backups;
import be.dagpuzzel.store.StoreEncryption;
import be.dagpuzzel.store.StoreException;
import be.dagpuzzel.store.StorePassword;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * The app's side of the Security page: turning the store's password on, changing it or turning
 * it off closes the store, converts it in the background ({@link StoreEncryption#convert}) and
 * opens it again, while the window shows what is going on. When the conversion fails the store
 * file is as it was, and it is opened again with the password it had.
 */
final class EncryptionActions implements StoreProtection {

    private final Messages messages;
    private final TaskRunner runner;
    private final Backups backups;
    private final AppServices services;
    private final Optional<StorePassword> current;
    private final Consumer<Parent> closing;
    private final BiConsumer<Optional<StorePassword>, String> reopen;

    /**
     * {@code closing} runs on the FX thread before the store is closed: the app lets go of it and
     * shows the given view of the work going on; {@code reopen} after the work, with the password the store has now and
     * the sentence for the status bar.
     */
    EncryptionActions(Messages messages, TaskRunner runner, Backups backups, AppServices services,
                      Optional<StorePassword> current, Consumer<Parent> closing,
                      BiConsumer<Optional<StorePassword>, String> reopen) {
        this.messages = messages;
        this.runner = runner;
        this.backups = backups;
        this.services = services;
        this.current = current;
        this.closing = closing;
        this.reopen = reopen;
    }

    @Override
    public boolean encrypted() {
        return services.store().encrypted();
    }

    @Override
    public boolean isCurrentPassword(String typed) {
        return services.store().passwordIs(typed);
    }

    @Override
    public void change(Optional<String> newPassword) {
        Optional<StorePassword> next = newPassword.map(StorePassword::of);
        String done = next.isEmpty() ? "security.done.off" : current.isPresent() ? "security.done.changed" : "security.done.on";
        closing.accept(busy(messages, next.isPresent()));
        runner.run(TaskRunner.Kind.SAVE, p -> {
            StoreEncryption.convert(services.store(), backups, next);
            return next;
        }, now -> reopen.accept(now, messages.get(done)), error -> reopen.accept(current,
                messages.format("security.failed", reason(error))));
    }

    private static String reason(Throwable error) {
        return error instanceof StoreException || error instanceof IOException
                ? String.valueOf(error.getMessage()) : error.getClass().getSimpleName();
    }

    @Override
    public List<Path> unencryptedCopies() throws IOException {
        return backups.unencryptedCopies();
    }

    /** Removes them, then takes today's backup again if the day's one was among them (now encrypted). */
    @Override
    public int removeUnencryptedCopies() throws IOException {
        int removed = backups.removeUnencryptedCopies();
        backups.dailyIfDue(services.store());
        return removed;
    }

    /** The window while the store is converted: nothing can be edited meanwhile. */
    private static Parent busy(Messages messages, boolean encrypting) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label text = new Label(messages.get(encrypting ? "security.busy.on" : "security.busy.off"));
        text.setWrapText(true);
        text.setMaxWidth(460);
        VBox box = new VBox(16, spinner, text);
        box.setId("encryptionBusy");
        box.getStyleClass().add("problem");
        box.setAlignment(Pos.CENTER);
        return box;
    }
}
