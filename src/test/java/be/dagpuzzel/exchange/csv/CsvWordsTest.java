package be.dagpuzzel.exchange.csv;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import be.dagpuzzel.staff.DutchLevel;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.transport.MobilityAid;

/** What people type in spreadsheet cells, read in Dutch and in English. */
class CsvWordsTest {

    @Test
    void weekdaysShortOrLongDutchOrEnglishWithRanges() {
        Set<java.time.DayOfWeek> monWedFri = Set.of(MONDAY, WEDNESDAY, FRIDAY);
        assertEquals(Optional.of(monWedFri), CsvWords.weekdays("ma wo vr"));
        assertEquals(Optional.of(monWedFri), CsvWords.weekdays("Mon Wed Fri"));
        assertEquals(Optional.of(monWedFri), CsvWords.weekdays("maandag, woensdag en vrijdag"));
        assertEquals(Optional.of(monWedFri), CsvWords.weekdays("MA/WO/VR"));
        assertEquals(Optional.of(Set.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)), CsvWords.weekdays("ma-vr"));
        assertEquals(Optional.of(Set.of(MONDAY, TUESDAY, WEDNESDAY)), CsvWords.weekdays("Monday to Wednesday"));
        assertEquals(Optional.of(Set.of(TUESDAY, WEDNESDAY, THURSDAY)), CsvWords.weekdays("di t/m do"));
        assertEquals(Optional.empty(), CsvWords.weekdays("ma wo vrijdagmiddag"));
        assertEquals(Optional.empty(), CsvWords.weekdays("m w f"), "one letter is too little to know the day");
        assertEquals(Optional.empty(), CsvWords.weekdays("ma -"));
    }

    @Test
    void datesHoursAndYesNo() {
        assertEquals(Optional.of(LocalDate.of(2026, 11, 27)), CsvWords.date("27/11/2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 11, 27)), CsvWords.date(" 2026-11-27 "));
        assertEquals(Optional.empty(), CsvWords.date("31/02/2026"));
        assertEquals(Optional.of(new BigDecimal("19.5")), CsvWords.hours("19,5"));
        assertEquals(Optional.of(new BigDecimal("19.5")), CsvWords.hours("19.5 u"));
        assertEquals(Optional.of(new BigDecimal("38")), CsvWords.hours("38h"));
        assertEquals(Optional.empty(), CsvWords.hours("halftijds"));
        assertEquals(Optional.of(true), CsvWords.yesNo("Ja"));
        assertEquals(Optional.of(true), CsvWords.yesNo("x"));
        assertEquals(Optional.of(false), CsvWords.yesNo(""));
        assertEquals(Optional.of(false), CsvWords.yesNo("no"));
        assertEquals(Optional.empty(), CsvWords.yesNo("soms"));
    }

    @Test
    void choicesByTheirDutchOrEnglishWordsOrAStartOfOne() {
        assertEquals(Optional.of(Programme.ARTICLE_60), CsvWords.choice("Artikel 60", Programme.class, "programme.", Map.of()));
        assertEquals(Optional.of(Programme.VOLUNTEER), CsvWords.choice("volunteer", Programme.class, "programme.", Map.of()));
        assertEquals(Optional.of(Programme.LDE), CsvWords.choice("LDE", Programme.class, "programme.", Map.of()));
        assertEquals(Optional.of(Programme.INDIVIDUAL_MAATWERK),
                CsvWords.choice("individual_maatwerk", Programme.class, "programme.", Map.of()));
        assertEquals(Optional.empty(), CsvWords.choice("maatwerk", Programme.class, "programme.", Map.of()),
                "individual or collective: not clear");
        assertEquals(Optional.of(DutchLevel.FLUENT), CsvWords.choice("Vlot", DutchLevel.class, "dutchLevel.", Map.of()));
        assertEquals(Optional.of(MobilityAid.WALKER), CsvWords.choice("rollator", MobilityAid.class, "mobility.", Map.of()));
    }
}
