package be.dagpuzzel.review.view;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import be.dagpuzzel.review.PlaceActual;

/**
 * One place of the roster in the review: the plan (slot, hours, who was planned) and what really
 * happened, editable: who did it instead, a late start, an early end, a note. Field messages are
 * kept per field until corrected.
 */
public final class PlaceRow {

    private final long slotId;
    private final int position;
    private final String slot;
    private final String hours;
    private final String colour;
    private final String planned;
    private final ObjectProperty<ReviewModels.Person> doneBy = new SimpleObjectProperty<>(this, "doneBy");
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty end = new SimpleStringProperty(this, "end", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private PlaceActual actual;

    PlaceRow(long slotId, int position, String slot, String hours, String colour, String planned, PlaceActual actual) {
        this.slotId = slotId;
        this.position = position;
        this.slot = slot;
        this.hours = hours;
        this.colour = colour;
        this.planned = planned;
        this.actual = actual;
    }

    public long slotId() {
        return slotId;
    }

    public int position() {
        return position;
    }

    /** "Ronde 1 ochtend" (with the place number when the slot has several). */
    public String slot() {
        return slot;
    }

    /** "07:30–09:30 · Driver". */
    public String hours() {
        return hours;
    }

    public String colour() {
        return colour;
    }

    /** Who was planned, or "" when nobody was. */
    public String planned() {
        return planned;
    }

    /** Who really did it when not the one planned; null when as planned. */
    public ObjectProperty<ReviewModels.Person> doneByProperty() {
        return doneBy;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    PlaceActual actual() {
        return actual;
    }

    void setActual(PlaceActual value) {
        actual = value;
    }
}
