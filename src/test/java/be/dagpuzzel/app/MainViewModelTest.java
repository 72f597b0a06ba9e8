package be.dagpuzzel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import be.dagpuzzel.core.WorkingDays;

class MainViewModelTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private final Clock clock = Clock.fixed(FRIDAY.atTime(8, 15).atZone(BRUSSELS).toInstant(), BRUSSELS);
    private final MainViewModel model = new MainViewModel(clock, WorkingDays.mondayToFriday(), Section.TODAY);

    @Test
    void startsOnTodayInTheRememberedSection() {
        MainViewModel other = new MainViewModel(clock, WorkingDays.mondayToFriday(), Section.REVIEW);
        assertEquals(FRIDAY, other.getDate());
        assertEquals(Section.REVIEW, other.getSection());
        assertTrue(other.isToday());
    }

    @Test
    void nextAndPreviousSkipTheWeekendAndTodayComesBack() {
        model.nextWorkingDay();
        assertEquals(LocalDate.of(2026, 11, 30), model.getDate());
        assertFalse(model.isToday());
        model.previousWorkingDay();
        model.previousWorkingDay();
        assertEquals(LocalDate.of(2026, 11, 26), model.getDate());
        model.today();
        assertEquals(FRIDAY, model.getDate());
    }

    @Test
    void theDateIsNeverLeftEmpty() {
        model.dateProperty().set(null);
        assertEquals(FRIDAY, model.getDate());
    }

    @Test
    void phasesFollowTheStore() {
        assertEquals(MainViewModel.Phase.OPENING, model.getPhase());
        model.needsWelcome();
        assertEquals(MainViewModel.Phase.WELCOME, model.getPhase());
        model.centreReady("De Linde");
        assertEquals(MainViewModel.Phase.READY, model.getPhase());
        assertEquals("De Linde", model.getCentreName());
    }
}
