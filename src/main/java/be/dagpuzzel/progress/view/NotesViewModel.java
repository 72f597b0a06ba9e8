package be.dagpuzzel.progress.view;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.progress.CoachingNote;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.ui.Messages;

/**
 * The coach's notes about the open worker, newest first, and the form to write one: the day, the
 * text, confidential (on unless unticked), who wrote it. Confidential notes are shown here and
 * printed on the progress report only. A removed note comes back with Ctrl+Z.
 */
public final class NotesViewModel {

    public static final String DATE = ProgressService.FIELD_DATE;
    public static final String TEXT = ProgressService.FIELD_TEXT;
    public static final String WRITER = "writer";
    private static final int WRITER_MAX = 100;

    private final ProgressViewModel page;
    private final ProgressService progress;
    private final Messages messages;
    private final ObservableList<CoachingNote> notes = FXCollections.observableArrayList();
    private final StringProperty date = new SimpleStringProperty(this, DATE, "");
    private final StringProperty text = new SimpleStringProperty(this, TEXT, "");
    private final BooleanProperty confidential = new SimpleBooleanProperty(this, "confidential", true);
    private final StringProperty writer = new SimpleStringProperty(this, WRITER, "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private Long shownFor;

    public NotesViewModel(ProgressViewModel page, ProgressService progress) {
        this.page = page;
        this.progress = progress;
        this.messages = page.messages();
        page.pageProperty().addListener((obs, old, now) -> show(now));
        show(page.pageProperty().get());
    }

    /** Newest first. */
    public ObservableList<CoachingNote> notes() {
        return notes;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty confidentialProperty() {
        return confidential;
    }

    public StringProperty writerProperty() {
        return writer;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    private void show(ProgressPage p) {
        if (p == null) {
            notes.clear();
            return;
        }
        notes.setAll(p.notes());
        if (shownFor == null || shownFor != p.member().id()) {
            shownFor = p.member().id();
            startNew(p);
        }
    }

    /** An empty note for today, confidential, by the coach (or the computer's user). */
    private void startNew(ProgressPage p) {
        errors.clear();
        date.set(messages.shortDate(page.today()));
        text.set("");
        confidential.set(true);
        writer.set(Typed.signer(p));
    }

    /** Stores the note as typed; the text is emptied once stored, the day and writer stay. */
    public void add() {
        ProgressPage p = page.pageProperty().get();
        if (p == null) {
            return;
        }
        errors.clear();
        Optional<LocalDate> day = Typed.pastDate(date.get(), page.today());
        if (day.isEmpty()) {
            errors.put(DATE, Typed.dateError(messages, date.get()));
        }
        if (writer.get() != null && writer.get().strip().length() > WRITER_MAX) {
            errors.put(WRITER, messages.format("progress.text.tooLong", WRITER_MAX));
        }
        if (!errors.isEmpty()) {
            return;
        }
        CoachingNote note = new CoachingNote(0, p.member().id(), day.get(), text.get(), confidential.get(), writer.get());
        page.edit(messages.get("progress.notes.undo.add"), work -> progress.addNote(note),
                added -> work -> progress.removeNote(added.id()),
                added -> text.set(""),
                refused -> Typed.showErrors(refused, errors, messages, Map.of()));
    }

    /** Removes a note; Ctrl+Z brings it back. */
    public void remove(CoachingNote note) {
        if (note == null) {
            return;
        }
        page.edit(messages.format("progress.notes.undo.remove", messages.shortDate(note.writtenOn())),
                work -> progress.removeNote(note.id()).orElse(note),
                was -> work -> {
                    progress.restoreNote(was);
                    return was;
                }, null, null);
    }
}
