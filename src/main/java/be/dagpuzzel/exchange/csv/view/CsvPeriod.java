package be.dagpuzzel.exchange.csv.view;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/** The days a CSV report covers, from and to included. */
public record CsvPeriod(LocalDate from, LocalDate to) {

    /** The month before {@code today}'s: what a monthly report is usually made for. */
    public static CsvPeriod lastMonth(LocalDate today) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        return new CsvPeriod(last.atDay(1), last.atEndOfMonth());
    }

    /** A period when both dates are there and the second is not before the first. */
    public static Optional<CsvPeriod> of(LocalDate from, LocalDate to) {
        return from == null || to == null || to.isBefore(from) ? Optional.empty() : Optional.of(new CsvPeriod(from, to));
    }

    /** "2026-10-01-2026-10-31", or "2026-10" for a whole month: for the file name. */
    public String fileNamePart() {
        YearMonth month = YearMonth.from(from);
        if (from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth())) {
            return month.toString();
        }
        return from + "-" + to;
    }
}
