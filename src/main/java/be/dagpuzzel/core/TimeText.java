package be.dagpuzzel.core;

import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a time as typed: 8:30, 08.30, 0830, 8u30, 8h, 8. */
public final class TimeText {

    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.uh]?(\\d{2}))?[uh]?");

    private TimeText() {
    }

    public static Optional<LocalTime> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            return Optional.of(LocalTime.of(hour, minute));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "8:30", as the fields show a time. */
    public static String format(LocalTime time) {
        return time.getHour() + ":" + (time.getMinute() < 10 ? "0" : "") + time.getMinute();
    }
}
