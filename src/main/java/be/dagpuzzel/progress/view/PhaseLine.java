package be.dagpuzzel.progress.view;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import be.dagpuzzel.progress.Phase;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.progress.TransitionPhase;
import be.dagpuzzel.ui.Messages;

/**
 * One phase of the transition path as typed: from, to (open while it runs) and a note. Stored on
 * Enter or when left once it has a start; cleared by {@link #clear}. Both come back with Ctrl+Z.
 */
public final class PhaseLine {

    public static final String FROM = "from";
    public static final String TO = ProgressService.FIELD_END;
    public static final String NOTE = ProgressService.FIELD_TEXT;

    private final Phase phase;
    private final ProgressViewModel page;
    private final ProgressService progress;
    private final Messages messages;
    private final StringProperty from = new SimpleStringProperty(this, FROM, "");
    private final StringProperty to = new SimpleStringProperty(this, TO, "");
    private final StringProperty note = new SimpleStringProperty(this, NOTE, "");
    private final BooleanProperty set = new SimpleBooleanProperty(this, "set");
    private final BooleanProperty running = new SimpleBooleanProperty(this, "running");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private Optional<TransitionPhase> stored = Optional.empty();

    PhaseLine(Phase phase, ProgressViewModel page, ProgressService progress) {
        this.phase = phase;
        this.page = page;
        this.progress = progress;
        this.messages = page.messages();
    }

    public Phase phase() {
        return phase;
    }

    public String name() {
        return messages.get(phase.messageKey());
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** The phase has been given dates (and can be cleared). */
    public BooleanProperty setProperty() {
        return set;
    }

    /** Today falls in the phase. */
    public BooleanProperty runningProperty() {
        return running;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    void fill(ProgressPage p) {
        if (p == null) {
            errors.clear();
        }
        stored = p == null ? Optional.empty() : p.phases().stream().filter(x -> x.phase() == phase).findFirst();
        set.set(stored.isPresent());
        running.set(stored.filter(x -> x.runsOn(page.today())).isPresent());
        if (!errors.containsKey(FROM)) {
            from.set(stored.map(x -> messages.shortDate(x.from())).orElse(""));
        }
        if (!errors.containsKey(TO)) {
            to.set(stored.flatMap(TransitionPhase::to).map(messages::shortDate).orElse(""));
        }
        if (!errors.containsKey(NOTE)) {
            note.set(stored.map(TransitionPhase::note).orElse(""));
        }
    }

    /** Stores the phase as typed when it changed; nothing while it is empty and was never set. */
    public void commit() {
        ProgressPage p = page.pageProperty().get();
        if (p == null) {
            return;
        }
        errors.clear();
        if (stored.isEmpty() && Typed.blank(from.get()) && Typed.blank(to.get()) && Typed.blank(note.get())) {
            return;
        }
        LocalDate today = page.today();
        Optional<LocalDate> start = Typed.nearDate(from.get(), today);
        if (start.isEmpty()) {
            errors.put(FROM, Typed.blank(from.get()) ? messages.get("progress.transition.phaseFrom")
                    : Typed.dateError(messages, from.get()));
        }
        Optional<LocalDate> end = Typed.blank(to.get()) ? Optional.empty() : Typed.nearDate(to.get(), today);
        if (end.isEmpty() && !Typed.blank(to.get())) {
            errors.put(TO, Typed.dateError(messages, to.get()));
        }
        if (!errors.isEmpty()) {
            return;
        }
        TransitionPhase typed = new TransitionPhase(p.member().id(), phase, start.get(), end, note.get());
        if (stored.filter(typed::equals).isPresent()) {
            return;
        }
        Optional<TransitionPhase> before = stored;
        page.edit(messages.format("progress.transition.undo.phase", name()), work -> {
            progress.savePhase(typed);
            return typed;
        }, saved -> work -> restore(before, saved), null, refused -> Typed.showErrors(refused, errors, messages, Map.of()));
    }

    /** Takes the phase's dates away; Ctrl+Z puts them back. */
    public void clear() {
        errors.clear();
        if (stored.isEmpty()) {
            from.set("");
            to.set("");
            note.set("");
            return;
        }
        TransitionPhase before = stored.get();
        page.edit(messages.format("progress.transition.undo.phaseCleared", name()), work -> {
            progress.removePhase(before.staffId(), phase);
            return before;
        }, was -> work -> {
            progress.savePhase(was);
            return was;
        }, null, null);
    }

    private TransitionPhase restore(Optional<TransitionPhase> before, TransitionPhase saved) {
        if (before.isPresent()) {
            progress.savePhase(before.get());
        } else {
            progress.removePhase(saved.staffId(), phase);
        }
        return saved;
    }
}
