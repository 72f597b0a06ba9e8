package be.dagpuzzel.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.roster.rules.Rule;
import be.dagpuzzel.staff.StaffDay;
import be.dagpuzzel.testing.TestStore;

class RosterServiceTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private AppServices services;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        services.demo().fill(FRIDAY);
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private long staffId(String firstName) {
        return services.staff().all().stream().filter(m -> m.profile().firstName().equals(firstName)).findFirst()
                .orElseThrow().id();
    }

    @Test
    void aDaySeenForTheFirstTimeGetsTheSlotsOfItsWeekdaysTemplate() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        DayBoard board = services.roster().open(monday);
        assertEquals(services.templates().slots(DayOfWeek.MONDAY).size(), board.slots().size());
        assertTrue(board.assignments().isEmpty());
        assertEquals(board.slots(), services.roster().open(monday).slots(), "opened again, the same slots");
    }

    @Test
    void aClosedDayHasNoSlots() {
        DayBoard christmas = services.roster().open(LocalDate.of(2026, 12, 25));
        assertFalse(christmas.workingDay());
        assertTrue(christmas.slots().isEmpty());
    }

    @Test
    void theDemoHasTwoWeeksOfPlansThatTheRulesFindAcceptable() {
        DayBoard lastThursday = services.roster().open(FRIDAY.minusDays(1));
        assertTrue(lastThursday.assignments().size() > 10, "a filled day: " + lastThursday.assignments().size());
        assertTrue(lastThursday.history().size() > 50);
        var findings = new RosterRules(java.time.Duration.ofSeconds(1)).check(PlanBuilder.build(lastThursday));
        assertTrue(findings.stream().noneMatch(f -> f.rule() == Rule.NOT_PRESENT || f.rule() == Rule.OVERLAPPING_SLOTS),
                findings.toString());
    }

    @Test
    void assignmentsAreStoredAsAWholeAndRefusedForAnotherDaysSlot() {
        DayBoard today = services.roster().open(FRIDAY);
        RosterSlot first = today.slots().getFirst();
        List<Assignment> stored = services.roster().setAssignments(FRIDAY,
                List.of(new Assignment(first.id(), 0, staffId("Marc"), true)));
        assertEquals(1, stored.size());
        long yesterdaysSlot = services.roster().open(FRIDAY.minusDays(1)).slots().getFirst().id();
        assertThrows(IllegalArgumentException.class, () -> services.roster().setAssignments(FRIDAY,
                List.of(new Assignment(yesterdaysSlot, 0, staffId("Marc"), true))));
        assertEquals(stored, services.roster().open(FRIDAY).assignments(), "the refused change left the day as it was");
    }

    @Test
    void copyingLastWeekTakesOnlyThePeopleWhoAreHereToday() {
        DayBoard today = services.roster().open(FRIDAY);
        Set<Long> here = today.staff().stream().filter(StaffDay::isExpected).map(d -> d.member().id())
                .collect(Collectors.toSet());
        List<Assignment> copied = services.roster().copyFromLastWeek(FRIDAY, here);
        assertFalse(copied.isEmpty());
        assertTrue(copied.stream().allMatch(a -> here.contains(a.staffId())));
        assertFalse(copied.stream().anyMatch(a -> a.staffId() == staffId("Sofie")), "Sofie is sick today");
    }

    @Test
    void copyingLastWeekOnlyFillsOpenPlacesAndKeepsWhatIsOnTheBoard() {
        DayBoard today = services.roster().open(FRIDAY);
        Set<Long> here = today.staff().stream().filter(StaffDay::isExpected).map(d -> d.member().id())
                .collect(Collectors.toSet());
        RosterSlot logistics = today.slots().stream().filter(s -> s.label().equals("Logistiek en was")).findFirst()
                .orElseThrow();
        Assignment mine = new Assignment(logistics.id(), 0, staffId("Gerda"), true);
        services.roster().setAssignments(FRIDAY, List.of(mine));
        List<Assignment> copied = services.roster().copyFromLastWeek(FRIDAY, here);
        assertTrue(copied.contains(mine), "the nurse's own choice stays");
        assertEquals(1, copied.stream().filter(a -> a.staffId() == staffId("Gerda")).count(), "Gerda is not placed twice");
        assertTrue(copied.size() > 1);
    }

    @Test
    void withoutAnEarlierSameWeekdayCopyingSaysSo() {
        LocalDate farAhead = LocalDate.of(2027, 3, 5);
        services.roster().open(farAhead);
        ValidationException e = assertThrows(ValidationException.class,
                () -> services.roster().copyFromLastWeek(farAhead, Set.of()));
        assertEquals("roster.copy.noSource", e.errors().getFirst().messageKey());
    }

    @Test
    void someoneWhoWasOnARosterHasHistoryAndCanOnlyBeArchived() {
        assertTrue(services.staff().details(staffId("Marc")).hasHistory());
    }
}
