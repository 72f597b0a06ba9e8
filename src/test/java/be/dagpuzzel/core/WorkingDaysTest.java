package be.dagpuzzel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    @Test
    void nextWorkingDayAfterFridayIsMonday() {
        assertEquals(MONDAY, WorkingDays.mondayToFriday().next(FRIDAY));
    }

    @Test
    void previousWorkingDayBeforeMondayIsFriday() {
        assertEquals(FRIDAY, WorkingDays.mondayToFriday().previous(MONDAY));
    }

    @Test
    void fromASaturdayTheNextIsMondayAndThePreviousFriday() {
        LocalDate saturday = FRIDAY.plusDays(1);
        assertFalse(WorkingDays.mondayToFriday().isWorkingDay(saturday));
        assertEquals(MONDAY, WorkingDays.mondayToFriday().next(saturday));
        assertEquals(FRIDAY, WorkingDays.mondayToFriday().previous(saturday));
    }

    @Test
    void closingDaysAreSkipped() {
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        WorkingDays days = new WorkingDays(Set.of(christmas)::contains);
        assertTrue(days.isWorkingDay(LocalDate.of(2026, 12, 24)));
        assertEquals(LocalDate.of(2026, 12, 28), days.next(LocalDate.of(2026, 12, 24)));
    }

    @Test
    void aCentreClosedForEverStillMovesOneDay() {
        WorkingDays never = new WorkingDays(date -> true);
        assertEquals(FRIDAY.plusDays(1), never.next(FRIDAY));
    }
}
