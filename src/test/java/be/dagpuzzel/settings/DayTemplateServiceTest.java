package be.dagpuzzel.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.testing.TestStore;

class DayTemplateServiceTest {

    @TempDir
    Path dir;
    private AppServices services;
    private long driver;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        driver = services.catalogue().taskTypeWithCode(TaskType.DRIVER).orElseThrow().id();
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private TemplateSlotDetails run(DayOfWeek day, String start, String end) {
        return new TemplateSlotDetails(day, driver, "Ronde 1 ochtend", LocalTime.parse(start), LocalTime.parse(end), 1);
    }

    @Test
    void slotsAreKeptPerWeekdayInTheirOrder() {
        TemplateSlot first = services.templates().addSlot(run(DayOfWeek.MONDAY, "07:30", "09:30"));
        TemplateSlot second = services.templates().addSlot(
                new TemplateSlotDetails(DayOfWeek.MONDAY, driver, "Ronde 2", LocalTime.of(7, 45), LocalTime.of(9, 30), 1));
        assertEquals(List.of(first, second), services.templates().slots(DayOfWeek.MONDAY));
        services.templates().reorder(List.of(second.id(), first.id()));
        assertEquals(List.of(second.id(), first.id()),
                services.templates().slots(DayOfWeek.MONDAY).stream().map(TemplateSlot::id).toList());
        assertTrue(services.templates().slots(DayOfWeek.TUESDAY).isEmpty());
    }

    @Test
    void aSlotEndingBeforeItStartsIsRefused() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> services.templates().addSlot(run(DayOfWeek.MONDAY, "09:30", "07:30")));
        assertEquals("validation.endBeforeStart", e.errorFor(DayTemplateService.FIELD_END).orElseThrow().messageKey());
        assertTrue(services.templates().slots(DayOfWeek.MONDAY).isEmpty());
    }

    @Test
    void aDayCanBeCopiedOntoAnother() {
        services.templates().addSlot(run(DayOfWeek.MONDAY, "07:30", "09:30"));
        services.templates().copyDay(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
        TemplateSlot copied = services.templates().slots(DayOfWeek.FRIDAY).getFirst();
        assertEquals(TimeRange.of("07:30", "09:30"), copied.hours());
        assertEquals("Ronde 1 ochtend", copied.label());
    }

    @Test
    void closingDaysAreSkippedAsWorkingDaysAndNotEnteredTwice() {
        LocalDate christmas = LocalDate.of(2026, 12, 25);
        services.templates().addClosingDay(new ClosingDay(christmas, "Kerstmis"));
        assertThrows(ValidationException.class,
                () -> services.templates().addClosingDay(new ClosingDay(christmas, "again")));
        assertFalse(services.templates().workingDays().isWorkingDay(christmas));
        assertEquals(LocalDate.of(2026, 12, 28), services.templates().workingDays().next(LocalDate.of(2026, 12, 24)));
        services.templates().removeClosingDay(christmas);
        assertTrue(services.templates().workingDays().isWorkingDay(christmas));
    }

    @Test
    void theSeededTaskTypesRequireTheUsualSkills() {
        TaskCatalogue catalogue = services.catalogue();
        assertEquals(6, catalogue.taskTypes().size());
        long licence = catalogue.skillWithCode("DRIVING_LICENCE_B").orElseThrow().id();
        long liftBus = catalogue.skillWithCode("LIFT_BUS").orElseThrow().id();
        assertEquals(Set.of(licence, liftBus), catalogue.taskTypeWithCode(TaskType.DRIVER).orElseThrow().requiredSkillIds());
        assertTrue(catalogue.taskTypeWithCode(TaskType.CARE).orElseThrow().countsAsCarePractice());
    }

    @Test
    void aNewTaskTypeNeedsAUniqueNameAndAColour() {
        TaskCatalogue catalogue = services.catalogue();
        ValidationException e = assertThrows(ValidationException.class, () -> catalogue.addTaskType(
                new TaskTypeDetails(Optional.of("kitchen"), "red", false, true, Set.of()), code -> code.toLowerCase()));
        assertEquals("validation.duplicateName", e.errorFor(TaskCatalogue.FIELD_NAME).orElseThrow().messageKey());
        assertEquals("validation.colour", e.errorFor(TaskCatalogue.FIELD_COLOUR).orElseThrow().messageKey());
        TaskType hairdresser = catalogue.addTaskType(
                new TaskTypeDetails(Optional.of("Kapsalon"), "#aa3366", false, true, Set.of()), code -> code);
        assertEquals("Kapsalon", hairdresser.displayName(code -> code));
        assertEquals(7, catalogue.taskTypes().size());
    }
}
