package be.dagpuzzel.staff;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import be.dagpuzzel.core.TimeRange;

/**
 * The hours someone works on each weekday, valid from a date until the next pattern starts.
 * A weekday that is not in the map is a day off.
 */
public record WeeklyAvailability(LocalDate validFrom, Map<DayOfWeek, TimeRange> days) {

    public WeeklyAvailability {
        days = days.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(days));
    }

    public Optional<TimeRange> on(DayOfWeek day) {
        return Optional.ofNullable(days.get(day));
    }

    public Duration weeklyHours() {
        return days.values().stream().map(TimeRange::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /** Monday to Friday with the same hours. */
    public static WeeklyAvailability weekdays(LocalDate validFrom, TimeRange hours) {
        Map<DayOfWeek, TimeRange> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() <= 5) {
                days.put(day, hours);
            }
        }
        return new WeeklyAvailability(validFrom, days);
    }
}
