package be.dagpuzzel.progress.view;

import java.time.LocalDate;
import java.util.Optional;

import be.dagpuzzel.core.DateText;

/**
 * Dates typed on the progress page, Belgian style; "4/12" without a year means the one that fits
 * what is typed: the last 4 December for something that happened, the next one for a target.
 */
final class DateInput {

    private DateInput() {
    }

    /** Something that happened: "4/12" is the last 4 December up to today. */
    static Optional<LocalDate> past(String text, LocalDate today) {
        return DateText.parseOnOrAfter(text, today.minusYears(1).plusDays(1));
    }

    /** A target: "4/12" is the next 4 December from today. */
    static Optional<LocalDate> future(String text, LocalDate today) {
        return DateText.parseOnOrAfter(text, today);
    }

    /** A course, past or planned: "4/12" is the one within half a year back and half a year ahead. */
    static Optional<LocalDate> around(String text, LocalDate today) {
        return DateText.parseOnOrAfter(text, today.minusMonths(6));
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
