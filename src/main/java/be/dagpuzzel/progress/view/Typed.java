package be.dagpuzzel.progress.view;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.ui.Messages;

/**
 * What the progress tabs read from typed text: dates as typed in Belgium (27/11/2026, or 27/11
 * without the year), hours with a decimal comma or point, and the name a sign-off or note is
 * written by when nobody typed one.
 */
final class Typed {

    private static final Pattern WRITTEN_AS_DATE = Pattern.compile("\\d{1,2}[/.\\-]\\d{1,2}([/.\\-]\\d{2,4})?");
    private static final Pattern HOURS = Pattern.compile("\\d{1,4}([.,]\\d{1,2})?");

    private Typed() {
    }

    /** A day that has happened: "20/11" typed on 27/11/2026 is 20/11/2026, "3/12" is 3/12/2025. */
    static Optional<LocalDate> pastDate(String text, LocalDate today) {
        // the one such day within the year up to today
        return DateText.parseOnOrAfter(text, today.minusYears(1).plusDays(1));
    }

    /** A day to come: "4/12" typed on 27/11/2026 is 4/12/2026, "3/1" is 3/1/2027. */
    static Optional<LocalDate> comingDate(String text, LocalDate today) {
        return DateText.parseOnOrAfter(text, today);
    }

    /** A day near today, either way: "4/12" typed on 27/11/2026 is 4/12/2026, "20/11" is 20/11/2026. */
    static Optional<LocalDate> nearDate(String text, LocalDate today) {
        Optional<LocalDate> past = pastDate(text, today);
        Optional<LocalDate> coming = comingDate(text, today);
        if (past.isEmpty() || coming.isEmpty() || past.equals(coming)) {
            return past.or(() -> coming);
        }
        long back = java.time.temporal.ChronoUnit.DAYS.between(past.get(), today);
        long ahead = java.time.temporal.ChronoUnit.DAYS.between(today, coming.get());
        return back <= ahead ? past : coming;
    }

    /** A course, past or planned: "4/12" is the one within half a year back and half a year ahead. */
    static Optional<LocalDate> aroundDate(String text, LocalDate today) {
        return DateText.parseOnOrAfter(text, today.minusMonths(6));
    }

    /** Hours as typed: "2", "1,5", "1.25"; empty when it is no such number. */
    static Optional<BigDecimal> hours(String text) {
        String s = text == null ? "" : text.strip();
        if (!HOURS.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.replace(',', '.')));
    }

    /** Hours in the user's way of writing numbers: "62", "1,5" in Dutch. */
    static String hours(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(2);
        format.setGroupingUsed(false);
        return format.format(value);
    }

    /** "Type a date" for an empty field, "“31/02” is not a date" for a wrong one. */
    static String dateError(Messages messages, String text) {
        if (blank(text)) {
            return messages.get("progress.typed.dateRequired");
        }
        // typed the right way, but no such day (31/02): say that, not how to type a date
        return messages.format(WRITTEN_AS_DATE.matcher(text.strip()).matches() ? "progress.typed.noSuchDay"
                : "progress.typed.notADate", text.strip());
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /**
     * Who signs or writes when nobody typed a name: the worker's coach, who follows them; without a
     * coach, the name the computer's user logged in with.
     */
    static String signer(ProgressPage page) {
        return page.coachName().orElseGet(() -> System.getProperty("user.name", ""));
    }

    /** Puts the service's refusals at their fields, in the user's words; {@code rename} maps a service field to a form field. */
    static void showErrors(List<FieldError> errors, Map<String, String> target, Messages messages,
                           Map<String, String> rename) {
        for (FieldError e : errors) {
            target.merge(rename.getOrDefault(e.field(), e.field()), messages.text(e), (a, b) -> a + " " + b);
        }
    }
}
