package be.dagpuzzel.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import be.dagpuzzel.exchange.ImportException;
import be.dagpuzzel.exchange.StoreExchange;
import be.dagpuzzel.settings.Centre;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * File > Export everything and File > Import from an export: the file dialogs, the work on the
 * long-work thread with progress in the status bar, and what the user is told afterwards.
 */
final class ExchangeActions {

    private final Window owner;
    private final Messages messages;
    private final TaskRunner runner;
    private final AppServices services;
    private final ExchangeFiles files;
    private final Clock clock;
    private final Consumer<String> tell;

    ExchangeActions(Window owner, Messages messages, TaskRunner runner, AppServices services, ExchangeFiles files,
                    Clock clock, Consumer<String> tell) {
        this.owner = owner;
        this.messages = messages;
        this.runner = runner;
        this.services = services;
        this.files = files;
        this.clock = clock;
        this.tell = tell;
    }

    /** Asks where, writes the export there and says where it went. */
    void exportAll() {
        String suggested = "dagpuzzel-export-" + LocalDate.now(clock) + ".json";
        files.exportTarget(owner, messages, suggested).ifPresent(file -> runner.run(TaskRunner.Kind.LONG, p -> {
            p.update(-1, messages.get("export.running"));
            return new StoreExchange(services.store(), clock).exportTo(file,
                    fraction -> p.update(fraction, messages.get("export.running")));
        }, written -> tell.accept(messages.format("export.done", written)),
                error -> tell.accept(messages.format("export.failed",
                        be.dagpuzzel.ui.FailureText.reasonForFile(messages, error, file)))));
    }

    /**
     * Imports only into an empty store; a store with data gets a message saying so before any file
     * is asked for. {@code imported} receives the imported centre (if the export has one).
     */
    void importExport(Consumer<Optional<Centre>> imported) {
        runner.load(p -> new StoreExchange(services.store(), clock).isEmpty(), empty -> {
            if (!empty) {
                Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ok(messages));
                alert.initOwner(owner);
                alert.setTitle(messages.get("import.refused.title"));
                alert.setHeaderText(messages.get("menu.file.import"));
                Label text = new Label(messages.get("import.onlyEmpty"));
                text.setId("importOnlyEmpty");
                text.setWrapText(true);
                text.setMaxWidth(460);
                alert.getDialogPane().setContent(text);
                alert.showAndWait();
                return;
            }
            files.importSource(owner, messages).ifPresent(file -> importFile(runner, services, messages, clock, file,
                    imported, lines -> showRefusal(owner, messages, lines)));
        });
    }

    /** Runs the import of {@code file} on the long-work thread; a refusal arrives as the lines to show. */
    static void importFile(TaskRunner runner, AppServices services, Messages messages, Clock clock, Path file,
                           Consumer<Optional<Centre>> imported, Consumer<List<String>> refused) {
        runner.run(TaskRunner.Kind.LONG, p -> {
            p.update(-1, messages.get("import.running"));
            new StoreExchange(services.store(), clock).importFrom(file,
                    fraction -> p.update(fraction, messages.get("import.running")));
            return services.centres().find();
        }, imported, error -> {
            if (error instanceof ImportException refusal) {
                refused.accept(ImportReport.lines(refusal, messages));
            } else {
                throw new IllegalStateException("The import failed", error);
            }
        });
    }

    /** "The file was not imported; nothing was changed." with the problems, each with its place. */
    static void showRefusal(Window owner, Messages messages, List<String> lines) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ok(messages));
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(messages.get("import.refused.title"));
        alert.setHeaderText(messages.get("import.refused.header"));
        TextArea problems = new TextArea(String.join("\n", lines));
        problems.setId("importProblems");
        problems.setEditable(false);
        problems.setWrapText(true);
        problems.setPrefRowCount(Math.min(12, Math.max(3, lines.size() + 1)));
        problems.setPrefColumnCount(60);
        alert.getDialogPane().setContent(new VBox(problems));
        alert.showAndWait();
    }

    private static ButtonType ok(Messages messages) {
        return new ButtonType(messages.get("roster.dialog.ok"), ButtonBar.ButtonData.OK_DONE);
    }
}
