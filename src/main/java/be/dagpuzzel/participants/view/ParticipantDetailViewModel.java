package be.dagpuzzel.participants.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantDetails;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.transport.Route;
import be.dagpuzzel.transport.TransportService;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;
import be.dagpuzzel.ui.UndoStack;

/**
 * The open participant as the detail pane edits it: the profile here, attendance in
 * {@link AttendanceViewModel}. Each change is checked and stored at once and Ctrl+Z takes it
 * back; a refused change stays in its field with its message. Results that come back for someone
 * who is no longer open are dropped.
 */
public final class ParticipantDetailViewModel {

    private final TaskRunner runner;
    private final ParticipantService participants;
    private final TransportService transport;
    private final Messages messages;
    private final ObjectProperty<Participant> participant = new SimpleObjectProperty<>(this, "participant");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date", LocalDate.now());
    private final ParticipantFormModel profile;
    private final AttendanceViewModel attendance;
    private final ObservableMap<String, String> generalErrors = FXCollections.observableHashMap();
    private final UndoStack undo = new UndoStack();
    private Runnable onStored = () -> { };
    private boolean filling;
    /** The participant shown or being loaded; anything that arrives for someone else is too late. */
    private long openId = -1;

    public ParticipantDetailViewModel(TaskRunner runner, ParticipantService participants, TransportService transport,
                                      Messages messages) {
        this.runner = runner;
        this.participants = participants;
        this.transport = transport;
        this.messages = messages;
        this.profile = new ParticipantFormModel(messages);
        this.attendance = new AttendanceViewModel(this, participants, messages);
    }

    /** What to do after every stored change (the list refreshes its line). */
    public void setOnStored(Runnable onStored) {
        this.onStored = onStored;
    }

    /** Everything the pane shows of one participant, read in one go. */
    private record Loaded(Participant participant, AttendanceViewModel.Lists attendance, List<Route> routes) {
    }

    /** Opens {@code id}; the forms are filled when it arrives. */
    public void open(long id) {
        openId = id;
        undo.clear();
        reload(id, null);
    }

    private void reload(long id, Runnable then) {
        runner.load(p -> new Loaded(participants.find(id).orElseThrow(),
                AttendanceViewModel.Lists.read(participants, id), transport.routes()), loaded -> {
                    if (loaded.participant().id() != openId) {
                        return;
                    }
                    fill(loaded);
                    if (then != null) {
                        then.run();
                    }
                });
    }

    private void fill(Loaded loaded) {
        filling = true;
        try {
            Participant p = loaded.participant();
            participant.set(p);
            List<RouteChoice> routes = loaded.routes().stream()
                    .filter(r -> r.active() || p.usualRouteId().filter(id -> id == r.id()).isPresent())
                    .map(r -> new RouteChoice(r.id(), r.name())).toList();
            profile.fill(p, routes);
            attendance.fill(loaded.attendance());
            generalErrors.clear();
        } finally {
            filling = false;
        }
    }

    // --- profile ---------------------------------------------------------------------------------

    /** Stores the profile when it changed; wrong fields keep their message and their stored value. */
    public void commitProfile() {
        if (participant.get() == null || filling) {
            return;
        }
        long id = id();
        ParticipantDetails before = participant.get().details();
        Optional<ParticipantDetails> storable = profile.storable(before);
        if (storable.isEmpty() || storable.get().equals(before)) {
            return;
        }
        ParticipantDetails after = storable.get();
        save(() -> participants.update(id, after), stored -> {
            if (isOpen(id)) {
                participant.set(stored);
                pushUndo("undo.profile", () -> participants.update(id, before));
            }
            onStored.run();
        }, profile.errors(), UnaryOperator.identity());
    }

    // --- archive ---------------------------------------------------------------------------------

    /** Takes the participant out of the lists and runs; the history stays. */
    public void archive() {
        setArchived(true);
    }

    /** Brings an archived participant back. */
    public void unarchive() {
        setArchived(false);
    }

    private void setArchived(boolean archived) {
        if (participant.get() == null) {
            return;
        }
        long id = id();
        save(() -> {
            participants.setArchived(id, archived);
            return participants.find(id).orElseThrow();
        }, stored -> {
            if (isOpen(id)) {
                participant.set(stored);
                pushUndo(archived ? "undo.archive" : "undo.restore", () -> participants.setArchived(id, !archived));
            }
            onStored.run();
        }, generalErrors, UnaryOperator.identity());
    }

    /**
     * Erases the open participant's personal data (they must be archived: they left). Cannot be
     * undone; the view asks twice first. The undo history of this person is cleared.
     */
    public void erase() {
        if (participant.get() == null) {
            return;
        }
        long id = id();
        save(() -> {
            participants.erase(id);
            return participants.find(id).orElseThrow();
        }, stored -> {
            if (isOpen(id)) {
                participant.set(stored);
                open(id);
            }
            onStored.run();
        }, generalErrors, UnaryOperator.identity());
    }

    // --- undo and the plumbing the attendance part shares -----------------------------------------

    /** Takes back the last stored change of the open participant; false when there is none. */
    public boolean undo() {
        return undo.undo();
    }

    /** Work that takes a stored change back. */
    @FunctionalInterface
    interface Revert {
        void run() throws Exception;
    }

    /** Remembers how to take a stored change back: run {@code revert}, then show the stored state. */
    void pushUndo(String descriptionKey, Revert revert) {
        long id = id();
        undo.push(messages.get(descriptionKey), () -> runner.run(TaskRunner.Kind.SAVE, p -> {
            revert.run();
            return true;
        }, done -> reload(id, onStored), this::failed));
    }

    /**
     * Stores in the background; a refusal puts its messages in {@code errors}, under the form's
     * name for each of the service's fields ({@code key}).
     */
    <T> void save(Callable<T> work, Consumer<T> onSuccess, ObservableMap<String, String> errors,
                  UnaryOperator<String> key) {
        runner.run(TaskRunner.Kind.SAVE, p -> work.call(), onSuccess, error -> {
            if (error instanceof ValidationException invalid) {
                invalid.errors().forEach(e -> errors.put(key.apply(e.field()), messages.text(e)));
            } else {
                failed(error);
            }
        });
    }

    /** Reads in the background, after any saves already under way. */
    <T> void load(Callable<T> work, Consumer<T> onSuccess) {
        runner.load(p -> work.call(), onSuccess);
    }

    private void failed(Throwable error) {
        throw new IllegalStateException("saving a participant change failed", error);
    }

    boolean isOpen(long id) {
        return openId == id && participant.get() != null && participant.get().id() == id;
    }

    long id() {
        return participant.get().id();
    }

    boolean isFilling() {
        return filling;
    }

    void stored() {
        onStored.run();
    }

    // --- properties ------------------------------------------------------------------------------

    public ObjectProperty<Participant> participantProperty() {
        return participant;
    }

    /** The section's date: what is "now" for patterns and the default day of a new call. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public ParticipantFormModel profile() {
        return profile;
    }

    public AttendanceViewModel attendance() {
        return attendance;
    }

    /** Problems not tied to a field. */
    public ObservableMap<String, String> generalErrors() {
        return generalErrors;
    }

    public UndoStack undoStack() {
        return undo;
    }
}
