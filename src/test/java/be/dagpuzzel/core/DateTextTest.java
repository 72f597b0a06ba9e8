package be.dagpuzzel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
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

    @Test
    void aDayAndMonthWithoutYearIsTheFirstSuchDayFromTheReference() {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        assertEquals(java.util.Optional.of(LocalDate.of(2026, 12, 4)), DateText.parseOnOrAfter("4/12", friday));
        assertEquals(java.util.Optional.of(LocalDate.of(2027, 1, 3)), DateText.parseOnOrAfter("3/1", friday));
        assertEquals(java.util.Optional.of(friday), DateText.parseOnOrAfter("27-11", friday));
        assertEquals(java.util.Optional.of(LocalDate.of(2027, 2, 1)), DateText.parseOnOrAfter("1/2/2027", friday));
        assertTrue(DateText.parseOnOrAfter("31/2", friday).isEmpty());
        assertTrue(DateText.parseOnOrAfter("morgen", friday).isEmpty());
    }
}
