package be.dagpuzzel.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a date as a Belgian user types it: 27/11/2026, 27-11-2026, 27.11.2026 or 2026-11-27. */
public final class DateText {

    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})[/.\\-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private DateText() {
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            Matcher m = DAY_FIRST.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
            m = ISO.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})");

    /**
     * Like {@link #parse(String)}, and also "4/12" without a year: the first such day on or after
     * {@code reference} (typed on 27/11/2026, "4/12" is 4/12/2026 and "3/1" is 3/1/2027).
     */
    public static Optional<LocalDate> parseOnOrAfter(String text, LocalDate reference) {
        Optional<LocalDate> full = parse(text);
        if (full.isPresent() || text == null) {
            return full;
        }
        Matcher m = DAY_MONTH.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(reference.getYear(), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            return Optional.of(date.isBefore(reference) ? date.plusYears(1) : date);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
