package be.dagpuzzel.review.view;

import java.util.concurrent.atomic.AtomicLong;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import be.dagpuzzel.review.Observation;
import be.dagpuzzel.review.Rating;

/**
 * One row of the fast feedback table: a worker who was here, the tasks they did, and their line
 * (went well or a point of attention, and a sentence). {@code stored} says the line is on record,
 * which is what makes the day complete.
 */
public final class FeedbackRow {

    private final long staffId;
    private final String name;
    private final String tasks;
    private final ObjectProperty<Rating> rating = new SimpleObjectProperty<>(this, "rating", Rating.WELL);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final BooleanProperty stored = new SimpleBooleanProperty(this, "stored");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    /** The line as last stored (or the default, before it is); its id is set by the background save. */
    private Observation line;
    final AtomicLong storedId = new AtomicLong();

    FeedbackRow(long staffId, String name, String tasks, Observation line, boolean stored) {
        this.staffId = staffId;
        this.name = name;
        this.tasks = tasks;
        this.line = line;
        this.storedId.set(line.id());
        this.rating.set(line.rating());
        this.note.set(line.note());
        this.stored.set(stored);
    }

    public long staffId() {
        return staffId;
    }

    public String name() {
        return name;
    }

    /** The roster places they really filled ("Ronde 1 ochtend, Keuken middagmaal"), or a word for none. */
    public String tasks() {
        return tasks;
    }

    public ObjectProperty<Rating> ratingProperty() {
        return rating;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty storedProperty() {
        return stored;
    }

    public StringProperty errorProperty() {
        return error;
    }

    Observation line() {
        return line;
    }

    void setLine(Observation value) {
        line = value;
    }

    /** The line as shown now. */
    Observation shown() {
        return line.with(rating.get(), note.get());
    }

    boolean changed() {
        return rating.get() != line.rating() || !note.get().strip().equals(line.note());
    }
}
