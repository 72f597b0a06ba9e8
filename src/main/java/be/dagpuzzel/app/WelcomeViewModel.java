package be.dagpuzzel.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.settings.Centre;
import be.dagpuzzel.settings.CentreFormModel;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * The first start on an empty store: start with the demo centre, or start empty by giving the
 * centre's name and address.
 */
public final class WelcomeViewModel {

    private final TaskRunner runner;
    private final AppServices services;
    private final Messages messages;
    private final Clock clock;
    private final Consumer<Centre> onReady;
    private final CentreFormModel centreForm = new CentreFormModel();
    private final BooleanProperty askingDetails = new SimpleBooleanProperty(this, "askingDetails");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final javafx.beans.property.ObjectProperty<java.util.List<String>> importRefusal =
            new javafx.beans.property.SimpleObjectProperty<>(this, "importRefusal", java.util.List.of());

    public WelcomeViewModel(TaskRunner runner, AppServices services, Messages messages, Clock clock,
                            Consumer<Centre> onReady) {
        this.runner = runner;
        this.services = services;
        this.messages = messages;
        this.clock = clock;
        this.onReady = onReady;
    }

    public CentreFormModel centreForm() {
        return centreForm;
    }

    /** True once the user chose "start empty" and the form is shown. */
    public BooleanProperty askingDetailsProperty() {
        return askingDetails;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public void startWithDemo() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        LocalDate today = LocalDate.now(clock);
        runner.run(TaskRunner.Kind.LONG, p -> {
            p.update(-1, messages.get("welcome.demo.filling"));
            return services.demo().fill(today);
        }, this::ready, this::failed);
    }

    /**
     * Imports an export into this empty store; the centre in it opens. A refused file leaves the
     * store as it was and sets {@link #importRefusalProperty()} to the problems, each with its place.
     */
    public void importFrom(java.nio.file.Path file) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        ExchangeActions.importFile(runner, services, messages, clock, file, centre -> {
            busy.set(false);
            centre.ifPresentOrElse(onReady, () -> askingDetails.set(true)); // an export without a centre: ask for it
        }, lines -> {
            busy.set(false);
            importRefusal.set(lines);
        });
    }

    /** The lines saying why the last import was refused; empty when there is nothing to tell. */
    public javafx.beans.property.ObjectProperty<java.util.List<String>> importRefusalProperty() {
        return importRefusal;
    }

    public void startEmpty() {
        askingDetails.set(true);
    }

    public void back() {
        askingDetails.set(false);
        centreForm.errors().clear();
    }

    public void createCentre() {
        if (busy.get() || !centreForm.check(messages)) {
            return;
        }
        busy.set(true);
        var details = centreForm.details();
        runner.run(TaskRunner.Kind.SAVE, p -> services.centres().create(details), this::ready, this::failed);
    }

    private void ready(Centre centre) {
        busy.set(false);
        onReady.accept(centre);
    }

    private void failed(Throwable error) {
        busy.set(false);
        if (error instanceof ValidationException invalid) {
            centreForm.show(invalid, messages);
        } else {
            throw new IllegalStateException("starting the centre failed", error);
        }
    }
}
