package be.dagpuzzel.ui;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Logger;

import be.dagpuzzel.core.FieldError;

/**
 * The user's words: texts from the Dutch or English bundle and dates in the user's locale.
 * A missing key shows as {@code !key!} and is logged, never as an exception.
 */
public final class Messages {

    public static final String BUNDLE = "be.dagpuzzel.messages";
    private static final Logger LOG = Logger.getLogger(Messages.class.getName());

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
        this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
        this.shortDate = DateTimeFormatter.ofPattern("dd/MM/yyyy", locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.warning(() -> "Missing text " + key + " for " + locale);
            return "!" + key + "!";
        }
    }

    /** The text of {@code key} when the bundle has one: for texts that may or may not exist, such as a code's words. */
    public java.util.Optional<String> find(String key) {
        return bundle.containsKey(key) ? java.util.Optional.of(bundle.getString(key)) : java.util.Optional.empty();
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /** Turns a seeded code into words: {@code codes("skill.").apply("FIRST_AID")} is "EHBO" in Dutch. */
    public java.util.function.Function<String, String> codes(String prefix) {
        return code -> get(prefix + code);
    }

    public String text(FieldError error) {
        return format(error.messageKey(), error.arguments().toArray());
    }

    /** "vrijdag 27 november 2026" / "Friday, 27 November 2026". */
    public String longDate(LocalDate date) {
        return longDate.format(date);
    }

    /** "27/11/2026", as typed in Belgium. */
    public String shortDate(LocalDate date) {
        return shortDate.format(date);
    }
}
