package be.dagpuzzel.participants.view;

import java.time.LocalDate;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.transport.AbsenceReason;
import be.dagpuzzel.ui.Messages;

/** A "not coming" call as typed: from, optionally until, the reason and a note. */
public final class CallFormModel {

    public static final String FIELD_FROM = "callFrom";
    public static final String FIELD_TO = "callTo";
    public static final String FIELD_NOTE = "callNote";

    /** A call that can be offered to the service. {@code to} null means just that day. */
    public record Draft(LocalDate from, LocalDate to, AbsenceReason reason, String note) {
    }

    private final Messages messages;
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final StringProperty to = new SimpleStringProperty(this, "to", "");
    private final ObjectProperty<AbsenceReason> reason = new SimpleObjectProperty<>(this, "reason", AbsenceReason.ILL);
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public CallFormModel(Messages messages) {
        this.messages = messages;
    }

    /** Empties the form for a call about {@code day}. */
    public void reset(LocalDate day) {
        from.set(messages.shortDate(day));
        to.set("");
        reason.set(AbsenceReason.ILL);
        note.set("");
        errors.clear();
    }

    public Optional<Draft> parse() {
        errors.clear();
        Optional<LocalDate> start = DateText.parse(from.get());
        if (start.isEmpty()) {
            errors.put(FIELD_FROM, messages.get("validation.date"));
        }
        LocalDate end = null;
        if (to.get() != null && !to.get().isBlank()) {
            end = DateText.parse(to.get()).orElse(null);
            if (end == null) {
                errors.put(FIELD_TO, messages.get("validation.date"));
            }
        }
        if (!errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Draft(start.get(), end, reason.get(), note.get()));
    }

    /** Where the service's field names go in this form. */
    static String field(String serviceField) {
        return switch (serviceField) {
            case "to" -> FIELD_TO;
            case "note" -> FIELD_NOTE;
            default -> FIELD_FROM;
        };
    }

    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty toProperty() {
        return to;
    }

    public ObjectProperty<AbsenceReason> reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
