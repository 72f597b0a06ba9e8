package be.dagpuzzel.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.settings.TemplateSlotDetails;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.testing.TestStore;

/** A past brought in at once: days made from the template with the places filled as given. */
class RosterPastDaysTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @TempDir
    Path dir;

    @Test
    void pastDaysComeFromTheTemplateWithThePlacesGivenAndDaysWithARosterStayAsTheyWere() {
        AppServices services = TestStore.open(dir);
        try {
            long kitchen = services.catalogue().taskTypeWithCode(TaskType.KITCHEN).orElseThrow().id();
            for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY)) {
                services.templates().addSlot(new TemplateSlotDetails(day, kitchen, "Keuken", LocalTime.of(9, 30),
                        LocalTime.of(14, 0), 2));
            }
            long ahmed = services.staff().create(StaffProfile.newcomer("Ahmed", "Test", Programme.LDE,
                    MONDAY.minusYears(1))).id();
            services.roster().addSlot(MONDAY, kitchen, "Soep", new be.dagpuzzel.core.TimeRange(LocalTime.of(10, 0),
                    LocalTime.of(11, 0)), 1);
            LocalDate tuesday = MONDAY.plusDays(1);
            LocalDate saturday = MONDAY.plusDays(5);

            int made = services.roster().fillPastDays(List.of(MONDAY, tuesday, saturday),
                    (day, slots) -> List.of(new Assignment(slots.getFirst().id(), 1, ahmed, true)));

            assertEquals(1, made, "Monday had a roster already, Saturday is no working day");
            assertEquals(List.of("Soep"), services.roster().open(MONDAY).slots().stream().map(RosterSlot::label).toList());
            DayBoard board = services.roster().open(tuesday);
            assertEquals(List.of("Keuken"), board.slots().stream().map(RosterSlot::label).toList());
            assertEquals(List.of(new Assignment(board.slots().getFirst().id(), 1, ahmed, true)), board.assignments());
        } finally {
            services.store().close();
        }
    }
}
