package be.dagpuzzel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class MessagesBundleTest {

    private static Properties load(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/be/dagpuzzel/messages_" + language + ".properties")) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void everyKeyExistsInDutchAndInEnglish() throws IOException {
        Set<String> dutch = new TreeSet<>(load("nl").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("en").stringPropertyNames());
        Set<String> onlyDutch = new TreeSet<>(dutch);
        onlyDutch.removeAll(english);
        Set<String> onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(dutch);
        assertEquals(Set.of(), onlyDutch, "keys missing in messages_en.properties");
        assertEquals(Set.of(), onlyEnglish, "keys missing in messages_nl.properties");
    }

    @Test
    void noTextIsEmptyAndEveryTextIsAValidPattern() throws IOException {
        for (String language : new String[] {"nl", "en"}) {
            Properties p = load(language);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                assertFalse(value.isBlank(), language + ": " + key + " is empty");
                assertFalse(value.contains("'"), language + ": " + key + " has a plain apostrophe, which MessageFormat drops: use ’");
                new MessageFormat(value, Locale.ROOT); // throws on a broken pattern
            }
        }
    }

    @Test
    void theSystemLanguageChoosesDutchOnlyOnADutchSystem() {
        assertEquals("nl", Language.SYSTEM.locale(Locale.forLanguageTag("nl-BE")).getLanguage());
        assertEquals("nl", Language.SYSTEM.locale(Locale.forLanguageTag("nl-NL")).getLanguage());
        assertEquals("en", Language.SYSTEM.locale(Locale.FRANCE).getLanguage());
        assertEquals("en", Language.SYSTEM.locale(Locale.US).getLanguage());
        assertEquals("nl", Language.DUTCH.locale(Locale.US).getLanguage());
    }

    @Test
    void datesAreWrittenInTheUsersLanguage() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertEquals("vrijdag 27 november 2026", new Messages(Language.DUTCH.locale(Locale.ROOT)).longDate(friday));
        assertTrue(new Messages(Language.ENGLISH.locale(Locale.ROOT)).longDate(friday).startsWith("Friday"));
        assertEquals("27/11/2026", new Messages(Language.ENGLISH.locale(Locale.ROOT)).shortDate(friday));
    }

    @Test
    void aMissingKeyShowsItselfInsteadOfFailing() {
        assertEquals("!no.such.key!", new Messages(Locale.ENGLISH).get("no.such.key"));
    }
}
