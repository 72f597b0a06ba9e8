package be.dagpuzzel.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffDay;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.testing.TestStore;

class DemoCentreTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    @Test
    void theDemoCentreHasAMixedTeamTemplatesForTheWeekAndSomeAbsences() {
        AppServices services = TestStore.open(dir);
        try {
            services.demo().fill(FRIDAY);
            assertEquals(DemoCentre.NAME, services.centres().find().orElseThrow().name());

            var team = services.staff().all();
            assertEquals(18, team.size());
            Set<Programme> programmes = team.stream().map(m -> m.profile().programme()).collect(Collectors.toSet());
            assertTrue(programmes.containsAll(Set.of(Programme.REGULAR, Programme.LDE, Programme.INDIVIDUAL_MAATWERK,
                    Programme.COLLECTIVE_MAATWERK, Programme.ARTICLE_60, Programme.VOLUNTEER, Programme.TRAINEE)));

            for (DayOfWeek day : Arrays.copyOf(DayOfWeek.values(), 5)) {
                assertFalse(services.templates().slots(day).isEmpty(), day + " has a template");
            }
            assertTrue(services.templates().slots(DayOfWeek.SATURDAY).isEmpty());
            assertFalse(services.templates().workingDays().isWorkingDay(LocalDate.of(2026, 12, 25)));

            var friday = services.staff().day(FRIDAY);
            StaffDay sofie = friday.stream().filter(d -> d.member().profile().firstName().equals("Sofie")).findFirst()
                    .orElseThrow();
            assertFalse(sofie.isExpected(), "Sofie called in sick today");
            long expected = friday.stream().filter(StaffDay::isExpected).count();
            assertTrue(expected >= 10 && expected <= 16, "a realistic team on a Friday: " + expected);
            assertTrue(team.stream().map(StaffMember::fullName).noneMatch(String::isBlank));
        } finally {
            services.store().close();
        }
    }
}
