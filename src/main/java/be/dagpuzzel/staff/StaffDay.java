package be.dagpuzzel.staff;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import be.dagpuzzel.core.TimeRange;

/**
 * One person on one date: the hours their pattern says, and their absences that day. Expected
 * means scheduled and not away for the whole day.
 */
public record StaffDay(StaffMember member, Optional<TimeRange> scheduled, List<Absence> absences) {

    public StaffDay {
        absences = List.copyOf(absences);
    }

    public boolean isExpected() {
        return scheduled.isPresent() && absences.stream().noneMatch(Absence::isWholeDay);
    }

    public Optional<Absence> wholeDayAbsence() {
        return absences.stream().filter(Absence::isWholeDay).findFirst();
    }

    /** The hours actually available: scheduled hours minus part-day absences. */
    public Duration availableHours() {
        if (!isExpected()) {
            return Duration.ZERO;
        }
        Duration total = scheduled.get().duration();
        for (Absence a : absences) {
            TimeRange part = a.partOfDay().orElseThrow();
            TimeRange hours = scheduled.get();
            if (part.overlaps(hours)) {
                var start = part.start().isAfter(hours.start()) ? part.start() : hours.start();
                var end = part.end().isBefore(hours.end()) ? part.end() : hours.end();
                total = total.minus(Duration.between(start, end));
            }
        }
        return total.isNegative() ? Duration.ZERO : total;
    }
}
