package be.dagpuzzel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"27/11/2026", "27-11-2026", "27.11.2026", " 27/11/2026 ", "2026-11-27"})
    void readsTheWaysABelgianUserTypesADate(String text) {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 27)), DateText.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "31/02/2026", "27/13/2026", "morgen", "11/27", "2026/11/27x"})
    void refusesWhatIsNotADate(String text) {
        assertEquals(Optional.empty(), DateText.parse(text));
    }
}
