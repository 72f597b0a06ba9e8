package be.dagpuzzel.progress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import be.dagpuzzel.ui.Messages;

/** What the progress page says about a date it cannot read, in the nurse's language. */
class TypedTest {

    private final Messages dutch = new Messages(Locale.forLanguageTag("nl-BE"));

    @Test
    void aDayThatDoesNotExistIsSaidSoNotHowToTypeADate() {
        assertEquals("“31/02/2026” is geen dag in de kalender: kijk de dag en de maand na.",
                Typed.dateError(dutch, "31/02/2026"));
        assertEquals("“31/4” is geen dag in de kalender: kijk de dag en de maand na.", Typed.dateError(dutch, " 31/4 "));
        assertEquals("“morgen” is geen datum: typ ze als 27/11/2026.", Typed.dateError(dutch, "morgen"));
        assertEquals("Typ een datum, als 27/11/2026.", Typed.dateError(dutch, "  "));
    }
}
