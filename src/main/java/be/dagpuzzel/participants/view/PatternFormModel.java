package be.dagpuzzel.participants.view;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.ui.Messages;

/** "From <date> on: Mon Wed Fri" as typed, before it becomes a new weekday pattern. */
public final class PatternFormModel {

    public static final String FIELD_FROM = "patternFrom";
    public static final String FIELD_DAYS = "patternDays";

    /** A checked pattern, ready to store. */
    public record Draft(LocalDate from, Set<DayOfWeek> days) {
    }

    private final Messages messages;
    private final StringProperty from = new SimpleStringProperty(this, "from", "");
    private final Map<DayOfWeek, BooleanProperty> days = new EnumMap<>(DayOfWeek.class);
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public PatternFormModel(Messages messages) {
        this.messages = messages;
        for (DayOfWeek day : DayOfWeek.values()) {
            days.put(day, new SimpleBooleanProperty(this, day.name()));
        }
    }

    /** Proposes a change from {@code day} on, starting from the days now in force. */
    public void reset(LocalDate day, Set<DayOfWeek> current) {
        from.set(messages.shortDate(day));
        days.forEach((d, ticked) -> ticked.set(current.contains(d)));
        errors.clear();
    }

    public Optional<Draft> parse() {
        errors.clear();
        Optional<LocalDate> start = DateText.parse(from.get());
        if (start.isEmpty()) {
            errors.put(FIELD_FROM, messages.get("validation.date"));
            return Optional.empty();
        }
        Set<DayOfWeek> chosen = EnumSet.noneOf(DayOfWeek.class);
        days.forEach((d, ticked) -> {
            if (ticked.get()) {
                chosen.add(d);
            }
        });
        return Optional.of(new Draft(start.get(), chosen));
    }

    /** Where the service's field names go in this form. */
    static String field(String serviceField) {
        return "days".equals(serviceField) ? FIELD_DAYS : FIELD_FROM;
    }

    public StringProperty fromProperty() {
        return from;
    }

    public BooleanProperty dayProperty(DayOfWeek day) {
        return days.get(day);
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }
}
