package be.dagpuzzel.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Knows which dates the centre is open, so that "next day" skips weekends (and, once the
 * settings know them, closing days). Without a rule every Monday-Friday is a working day.
 */
public final class WorkingDays {

    private static final int MAX_SEARCH_DAYS = 366;

    private final Predicate<LocalDate> closed;

    public WorkingDays(Predicate<LocalDate> closed) {
        this.closed = Objects.requireNonNull(closed);
    }

    /** Monday to Friday open, nothing else closed. */
    public static WorkingDays mondayToFriday() {
        return new WorkingDays(date -> false);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !closed.test(date);
    }

    /** The first working day after {@code date}; the next calendar day if none is found within a year. */
    public LocalDate next(LocalDate date) {
        return step(date, 1);
    }

    /** The last working day before {@code date}; the previous calendar day if none is found within a year. */
    public LocalDate previous(LocalDate date) {
        return step(date, -1);
    }

    private LocalDate step(LocalDate date, int direction) {
        LocalDate candidate = date.plusDays(direction);
        for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
            if (isWorkingDay(candidate)) {
                return candidate;
            }
            candidate = candidate.plusDays(direction);
        }
        return date.plusDays(direction);
    }
}
