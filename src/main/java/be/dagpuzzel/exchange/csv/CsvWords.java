package be.dagpuzzel.exchange.csv;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.ui.Messages;

/**
 * Reads what people type in a spreadsheet cell: dates (27/11/2026 or 2026-11-27), hours with a
 * decimal comma or point ("19,5 u"), yes and no in Dutch and English, weekdays ("ma wo vr",
 * "Mon Wed Fri", "ma-vr") and the app's own choices by their Dutch or English words.
 */
public final class CsvWords {

    private static final Messages DUTCH = new Messages(Locale.forLanguageTag("nl-BE"));
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);

    private static final Map<String, DayOfWeek> DAY_NAMES = new LinkedHashMap<>();
    private static final Set<String> CONNECTORS = Set.of("en", "and", "of", "or");
    private static final Set<String> RANGE_WORDS = Set.of("tot", "tm", "to", "till", "until", "through", "thru");
    private static final Set<String> YES = Set.of("ja", "j", "yes", "y", "x", "1", "true", "waar", "nodig", "needed",
            "v", "ok");
    private static final Set<String> NO = Set.of("nee", "neen", "n", "no", "0", "false", "onwaar", "niet", "not",
            "-", "geen", "none");
    private static final Pattern HOURS = Pattern.compile("(\\d{1,3}(?:[.,]\\d+)?)\\s*(?:u|uur|h|hrs?|hours?)?");

    static {
        String[][] names = {
            {"maandag", "monday"}, {"dinsdag", "tuesday"}, {"woensdag", "wednesday"}, {"donderdag", "thursday"},
            {"vrijdag", "friday"}, {"zaterdag", "saturday"}, {"zondag", "sunday"}};
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                DAY_NAMES.put(name, DayOfWeek.of(i + 1));
            }
        }
    }

    private CsvWords() {
    }

    /** 27/11/2026, 27-11-2026, 27.11.2026 or 2026-11-27; empty when it is none of these. */
    public static Optional<LocalDate> date(String text) {
        return DateText.parse(text);
    }

    /** "19", "19,5", "19.5 u", "38h": hours rounded to the minute's hundredth; empty when not a number. */
    public static Optional<BigDecimal> hours(String text) {
        Matcher m = HOURS.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(m.group(1).replace(',', '.')).setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros());
    }

    /** ja/nee, yes/no, x, 1/0; empty text is no. Empty result when it is neither. */
    public static Optional<Boolean> yesNo(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.isEmpty() || NO.contains(s)) {
            return Optional.of(false);
        }
        return YES.contains(s) ? Optional.of(true) : Optional.empty();
    }

    /**
     * Weekdays written out or shortened, in Dutch or English, with spaces, commas or slashes between
     * them, and ranges with a dash or "tot" ("ma-vr", "Mon to Wed"). Empty when a word is not a day.
     */
    public static Optional<Set<DayOfWeek>> weekdays(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("t/m", " tm ").replace("–", "-");
        List<String> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("\\p{L}+|-").matcher(s);
        while (m.find()) {
            tokens.add(m.group());
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        DayOfWeek previous = null;
        boolean range = false;
        for (String token : tokens) {
            if (token.equals("-") || RANGE_WORDS.contains(token)) {
                if (previous == null) {
                    return Optional.empty();
                }
                range = true;
                continue;
            }
            if (CONNECTORS.contains(token)) {
                continue;
            }
            Optional<DayOfWeek> day = day(token);
            if (day.isEmpty()) {
                return Optional.empty();
            }
            if (range) {
                for (int d = previous.getValue(); d != day.get().getValue(); d = d % 7 + 1) {
                    days.add(DayOfWeek.of(d));
                }
                range = false;
            }
            days.add(day.get());
            previous = day.get();
        }
        return range ? Optional.empty() : Optional.of(days);
    }

    /** A day's full name, or the start of exactly one ("ma", "wo", "Mon", "Thu"), in Dutch or English. */
    private static Optional<DayOfWeek> day(String token) {
        if (token.length() < 2) {
            return Optional.empty();
        }
        DayOfWeek found = null;
        for (Map.Entry<String, DayOfWeek> e : DAY_NAMES.entrySet()) {
            if (e.getKey().startsWith(token)) {
                if (found != null && found != e.getValue()) {
                    return Optional.empty();
                }
                found = e.getValue();
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * One of an enum's values by its name, its Dutch or English text ({@code keyPrefix + name} in the
     * bundles), one of the {@code aliases}, or the start of exactly one of these texts.
     */
    public static <E extends Enum<E>> Optional<E> choice(String text, Class<E> type, String keyPrefix,
                                                         Map<String, E> aliases) {
        String wanted = CsvField.normalize(text);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Map<String, E> words = new HashMap<>();
        for (E value : type.getEnumConstants()) {
            words.put(CsvField.normalize(value.name()), value);
            words.put(CsvField.normalize(DUTCH.get(keyPrefix + value.name())), value);
            words.put(CsvField.normalize(ENGLISH.get(keyPrefix + value.name())), value);
        }
        aliases.forEach((alias, value) -> words.put(CsvField.normalize(alias), value));
        if (words.containsKey(wanted)) {
            return Optional.of(words.get(wanted));
        }
        if (wanted.length() < 3) {
            return Optional.empty();
        }
        Set<E> starting = EnumSet.noneOf(type);
        words.forEach((word, value) -> {
            if (word.startsWith(wanted)) {
                starting.add(value);
            }
        });
        return starting.size() == 1 ? Optional.of(starting.iterator().next()) : Optional.empty();
    }

    /** The texts {@link #choice} accepts for each value, in the user's language: "Beginner, Basis, Goed, Vlot". */
    public static <E extends Enum<E>> String choices(Class<E> type, String keyPrefix, Function<String, String> text) {
        List<String> names = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            names.add(text.apply(keyPrefix + value.name()));
        }
        return String.join(", ", names);
    }
}
