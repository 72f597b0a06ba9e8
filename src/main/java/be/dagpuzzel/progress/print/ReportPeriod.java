package be.dagpuzzel.progress.print;

import java.time.LocalDate;
import java.util.Optional;

/** The days a progress report covers, {@code from} and {@code to} included. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after its start: " + from + " - " + to);
        }
    }

    /** The six months up to {@code today}: what an evaluation meeting usually looks back on. */
    public static ReportPeriod lastSixMonths(LocalDate today) {
        return new ReportPeriod(today.minusMonths(6).plusDays(1), today);
    }

    /** A period when both days are there and the end is not before the start. */
    public static Optional<ReportPeriod> of(LocalDate from, LocalDate to) {
        return from == null || to == null || to.isBefore(from) ? Optional.empty() : Optional.of(new ReportPeriod(from, to));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** Whether the days {@code start}..{@code end} (an open end: still running) share a day with this period. */
    public boolean overlaps(LocalDate start, Optional<LocalDate> end) {
        return !start.isAfter(to) && end.map(e -> !e.isBefore(from)).orElse(true);
    }
}
