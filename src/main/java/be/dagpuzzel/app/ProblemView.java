package be.dagpuzzel.app;

import java.nio.file.Path;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import be.dagpuzzel.ui.Messages;

/** A whole-window message when the store cannot be used: already open elsewhere, or unreadable. */
final class ProblemView extends VBox {

    private ProblemView(String id, String title, String body, Messages messages, Runnable close) {
        super(14);
        setId(id);
        getStyleClass().add("problem");
        setAlignment(Pos.CENTER);
        Label heading = new Label(title);
        heading.getStyleClass().add("section-title");
        Label text = new Label(body);
        text.setId("problemText");
        text.setWrapText(true);
        text.setMaxWidth(560);
        Button closeButton = new Button(messages.get("problem.close"));
        closeButton.setId("problemClose");
        closeButton.setDefaultButton(true);
        closeButton.setOnAction(e -> close.run());
        getChildren().addAll(heading, text, closeButton);
    }

    /** The reason in the user's words; the technical text stays in the log. */
    private static String plain(Messages messages, Throwable error) {
        if (error instanceof be.dagpuzzel.store.StoreException store) {
            return messages.format(store.messageKey(), store.place());
        }
        return messages.get("store.problem.UNKNOWN");
    }

    static ProblemView alreadyOpen(Messages messages, Path dataDir, Runnable close) {
        return new ProblemView("alreadyOpen", messages.get("problem.inUse.title"),
                messages.format("problem.inUse.body", dataDir), messages, close);
    }

    static ProblemView cannotOpen(Messages messages, Throwable error, Path logFile, Runnable close) {
        return new ProblemView("cannotOpen", messages.get("problem.cannotOpen.title"),
                messages.format("problem.cannotOpen.body", plain(messages, error), logFile), messages, close);
    }

    /**
     * The data folder or file may not be written, or its disk is full: what it is, which folder,
     * and what to do. No log file is named: it lives in that folder and may not have been written.
     */
    static ProblemView cannotWrite(Messages messages, be.dagpuzzel.store.StoreException error, Path dataDir,
                                   Runnable close) {
        boolean full = error.reason() == be.dagpuzzel.store.StoreException.Reason.DISK_FULL;
        String key = full ? "problem.diskFull" : "problem.cannotWrite";
        return new ProblemView("cannotWrite", messages.get(key + ".title"),
                messages.format(key + ".body", plain(messages, error), dataDir), messages, close);
    }

    /** The store cannot be opened but a backup exists: offer it; the broken file is kept. */
    static ProblemView cannotOpenWithBackup(Messages messages, Throwable error, Path logFile,
                                            be.dagpuzzel.store.Backups.Backup newest, Runnable restore, Runnable close) {
        ProblemView view = new ProblemView("cannotOpen", messages.get("problem.cannotOpen.title"),
                messages.format("problem.cannotOpen.backup", plain(messages, error),
                        newest.takenAt().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")),
                        logFile), messages, close);
        Button use = new Button(messages.get("problem.useBackup"));
        use.setId("useBackup");
        use.setDefaultButton(true);
        use.setOnAction(e -> {
            use.setDisable(true);
            restore.run();
        });
        view.getChildren().add(view.getChildren().size() - 1, use);
        ((Button) view.lookup("#problemClose")).setDefaultButton(false);
        return view;
    }
}
