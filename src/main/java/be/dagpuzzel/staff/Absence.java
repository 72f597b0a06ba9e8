package be.dagpuzzel.staff;

import java.time.LocalDate;
import java.util.Optional;

import be.dagpuzzel.core.TimeRange;

/**
 * A period someone is not at work: whole days from..to, or part of one day when
 * {@code partOfDay} is set (then from equals to).
 */
public record Absence(long id, long staffId, AbsenceKind kind, LocalDate from, LocalDate to,
                      Optional<TimeRange> partOfDay, String note) {

    public Absence {
        partOfDay = partOfDay == null ? Optional.empty() : partOfDay;
        note = note == null ? "" : note.strip();
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean isWholeDay() {
        return partOfDay.isEmpty();
    }
}
