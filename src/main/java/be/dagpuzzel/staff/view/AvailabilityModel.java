package be.dagpuzzel.staff.view;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.core.TimeText;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.staff.WeeklyAvailability;
import be.dagpuzzel.ui.Messages;

/**
 * The weekly pattern being edited: its start date, and per weekday whether the person works and
 * from when to when. Other patterns (older, or starting later) stay in the list as history.
 */
public final class AvailabilityModel {

    /** One weekday's line of the editor. */
    public static final class DayLine {
        private final DayOfWeek day;
        private final BooleanProperty works = new SimpleBooleanProperty(this, "works");
        private final StringProperty from = new SimpleStringProperty(this, "from", "");
        private final StringProperty to = new SimpleStringProperty(this, "to", "");

        DayLine(DayOfWeek day) {
            this.day = day;
        }

        public DayOfWeek day() {
            return day;
        }

        public BooleanProperty worksProperty() {
            return works;
        }

        public StringProperty fromProperty() {
            return from;
        }

        public StringProperty toProperty() {
            return to;
        }
    }

    private final Messages messages;
    private final ObservableList<WeeklyAvailability> patterns = FXCollections.observableArrayList();
    private final ObjectProperty<WeeklyAvailability> selected = new SimpleObjectProperty<>(this, "selected");
    private final List<DayLine> lines = new ArrayList<>();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public AvailabilityModel(Messages messages) {
        this.messages = messages;
        for (DayOfWeek day : DayOfWeek.values()) {
            lines.add(new DayLine(day));
        }
        selected.addListener((obs, old, pattern) -> show(pattern));
    }

    public ObservableList<WeeklyAvailability> patterns() {
        return patterns;
    }

    public ObjectProperty<WeeklyAvailability> selectedProperty() {
        return selected;
    }

    public List<DayLine> lines() {
        return lines;
    }

    /** Keys "day.MONDAY" .. and "validFrom". */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** Shows the person's patterns and selects the one in force on {@code date} (or the first). */
    public void fill(List<WeeklyAvailability> all, LocalDate date) {
        patterns.setAll(all);
        Optional<WeeklyAvailability> current = StaffService.patternOn(all, date);
        WeeklyAvailability pick = current.orElse(all.isEmpty() ? null : all.getFirst());
        if (pick == selected.get()) {
            show(pick);
        }
        selected.set(pick);
    }

    private void show(WeeklyAvailability pattern) {
        errors.clear();
        for (DayLine line : lines) {
            Optional<TimeRange> hours = pattern == null ? Optional.empty() : pattern.on(line.day);
            line.works.set(hours.isPresent());
            line.from.set(hours.map(h -> h.start().toString()).orElse(""));
            line.to.set(hours.map(h -> h.end().toString()).orElse(""));
        }
    }

    /** The edited pattern from {@code validFrom}, or empty with errors per day. */
    public Optional<WeeklyAvailability> parse(LocalDate validFrom) {
        errors.clear();
        Map<DayOfWeek, TimeRange> days = new EnumMap<>(DayOfWeek.class);
        for (DayLine line : lines) {
            if (!line.works.get()) {
                continue;
            }
            Optional<LocalTime> from = TimeText.parse(line.from.get());
            Optional<LocalTime> to = TimeText.parse(line.to.get());
            String key = "day." + line.day.name();
            if (from.isEmpty() || to.isEmpty()) {
                errors.put(key, messages.get("validation.time"));
            } else if (!to.get().isAfter(from.get())) {
                errors.put(key, messages.get("validation.endBeforeStart"));
            } else {
                days.put(line.day, new TimeRange(from.get(), to.get()));
            }
        }
        return errors.isEmpty() ? Optional.of(new WeeklyAvailability(validFrom, days)) : Optional.empty();
    }
}
