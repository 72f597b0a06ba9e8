package be.dagpuzzel.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Time used and left of a trajectory on a day, and the alert it gives: 12, 6 and 3 months before
 * the end, and once it has ended.
 */
public record TrajectoryClock(LocalDate start, Optional<LocalDate> end, LocalDate today, Alert alert) {

    public enum Alert {
        /** No end known: nothing to count down. */
        NO_END,
        NONE,
        MONTHS_12,
        MONTHS_6,
        MONTHS_3,
        ENDED;

        public boolean isWarning() {
            return this != NO_END && this != NONE;
        }
    }

    public static TrajectoryClock of(LocalDate start, Optional<LocalDate> end, LocalDate today) {
        Alert alert;
        if (end.isEmpty()) {
            alert = Alert.NO_END;
        } else if (today.isAfter(end.get())) {
            alert = Alert.ENDED;
        } else if (!today.isBefore(end.get().minusMonths(3))) {
            alert = Alert.MONTHS_3;
        } else if (!today.isBefore(end.get().minusMonths(6))) {
            alert = Alert.MONTHS_6;
        } else if (!today.isBefore(end.get().minusMonths(12))) {
            alert = Alert.MONTHS_12;
        } else {
            alert = Alert.NONE;
        }
        return new TrajectoryClock(start, end, today, alert);
    }

    /** Whole days from the start up to today (0 before it starts). */
    public long daysUsed() {
        return Math.max(0, ChronoUnit.DAYS.between(start, today));
    }

    /** Days from today to the end, 0 once past it; empty without an end. */
    public Optional<Long> daysLeft() {
        return end.map(e -> Math.max(0, ChronoUnit.DAYS.between(today, e)));
    }

    /** Months left, rounded down; empty without an end. */
    public Optional<Long> monthsLeft() {
        return end.map(e -> today.isAfter(e) ? 0 : ChronoUnit.MONTHS.between(today, e));
    }

    /** The part of the term used, 0..1; empty without an end. */
    public Optional<Double> usedFraction() {
        return end.map(e -> {
            long total = ChronoUnit.DAYS.between(start, e);
            return total <= 0 ? 1.0 : Math.min(1.0, Math.max(0.0, (double) daysUsed() / total));
        });
    }
}
