package be.dagpuzzel.staff.view;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.core.TimeText;
import be.dagpuzzel.staff.AbsenceDraft;
import be.dagpuzzel.staff.AbsenceKind;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.ui.Messages;

/** A new absence as typed: kind, dates, optionally part of the day, a note. */
public final class AbsenceFormModel {

    private final Messages messages;
    private final ObjectProperty<AbsenceKind> kind = new SimpleObjectProperty<>(this, "kind", AbsenceKind.SICK);
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    private final BooleanProperty partOfDay = new SimpleBooleanProperty(this, "partOfDay");
    private final StringProperty partFrom = new SimpleStringProperty(this, "partFrom", "");
    private final StringProperty partTo = new SimpleStringProperty(this, "partTo", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public AbsenceFormModel(Messages messages) {
        this.messages = messages;
    }

    /** Empties the form for a new absence on {@code day}. */
    public void reset(LocalDate day) {
        kind.set(AbsenceKind.SICK);
        from.set(messages.shortDate(day));
        to.set(messages.shortDate(day));
        partOfDay.set(false);
        partFrom.set("");
        partTo.set("");
        note.set("");
        errors.clear();
    }

    public Optional<AbsenceDraft> parse(long staffId) {
        errors.clear();
        Optional<LocalDate> start = DateText.parse(from.get());
        Optional<LocalDate> end = to.get() == null || to.get().isBlank() ? start : DateText.parse(to.get());
        if (start.isEmpty()) {
            errors.put(StaffService.FIELD_FROM, messages.get("validation.date"));
        }
        if (end.isEmpty()) {
            errors.put(StaffService.FIELD_TO, messages.get("validation.date"));
        }
        Optional<TimeRange> part = Optional.empty();
        if (partOfDay.get()) {
            Optional<LocalTime> a = TimeText.parse(partFrom.get());
            Optional<LocalTime> b = TimeText.parse(partTo.get());
            if (a.isEmpty() || b.isEmpty()) {
                errors.put(StaffService.FIELD_PART, messages.get("validation.time"));
            } else if (!b.get().isAfter(a.get())) {
                errors.put(StaffService.FIELD_PART, messages.get("validation.endBeforeStart"));
            } else {
                part = Optional.of(new TimeRange(a.get(), b.get()));
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AbsenceDraft(staffId, kind.get(), start.get(), end.get(), part, note.get()));
    }

    public ObjectProperty<AbsenceKind> kindProperty() {
        return kind;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public BooleanProperty partOfDayProperty() {
        return partOfDay;
    }

    public StringProperty partFromProperty() {
        return partFrom;
    }

    public StringProperty partToProperty() {
        return partTo;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
