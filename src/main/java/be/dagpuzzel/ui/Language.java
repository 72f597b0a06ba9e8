package be.dagpuzzel.ui;

import java.util.Locale;

/** The language the user chose in Settings; {@link #SYSTEM} follows the computer's language. */
public enum Language {
    SYSTEM, DUTCH, ENGLISH;

    static final Locale DUTCH_BELGIUM = Locale.forLanguageTag("nl-BE");
    /** English with Belgian dates and Monday as the first day of the week. */
    static final Locale ENGLISH_BELGIUM = Locale.forLanguageTag("en-BE");

    /** Dutch on a Dutch-speaking system, English otherwise. */
    public Locale locale(Locale system) {
        return switch (this) {
            case DUTCH -> DUTCH_BELGIUM;
            case ENGLISH -> ENGLISH_BELGIUM;
            case SYSTEM -> "nl".equals(system.getLanguage()) ? DUTCH_BELGIUM : ENGLISH_BELGIUM;
        };
    }

    public static Language parse(String value) {
        if (value != null) {
            for (Language language : values()) {
                if (language.name().equalsIgnoreCase(value.strip())) {
                    return language;
                }
            }
        }
        return SYSTEM;
    }
}
