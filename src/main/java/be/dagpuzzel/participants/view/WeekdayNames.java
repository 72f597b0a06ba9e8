package be.dagpuzzel.participants.view;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Weekdays as the lists show them, Monday first: "ma di do" in Dutch, "Mon Tue Thu" in English. */
final class WeekdayNames {

    private WeekdayNames() {
    }

    static String of(Set<DayOfWeek> days, Locale locale) {
        return Stream.of(DayOfWeek.values()).filter(days::contains).map(d -> shortName(d, locale))
                .collect(Collectors.joining(" "));
    }

    static String shortName(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.SHORT_STANDALONE, locale);
    }
}
