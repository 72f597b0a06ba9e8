package be.dagpuzzel.progress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.progress.TaskHours;
import be.dagpuzzel.progress.Trajectory;
import be.dagpuzzel.roster.Assignment;
import be.dagpuzzel.roster.RosterSlot;
import be.dagpuzzel.settings.TaskType;

/** The hours and training model on its own store, without the toolkit. */
class HoursModelTest {

    @TempDir
    Path dir;
    private ProgressPageFixture fixture;
    private HoursModel model;
    private long care;
    private long kitchen;

    @BeforeEach
    void open() {
        fixture = new ProgressPageFixture(dir);
        model = new HoursModel(fixture.page, fixture.progress);
        care = fixture.services.catalogue().taskTypeWithCode(TaskType.CARE).orElseThrow().id();
        kitchen = fixture.services.catalogue().taskTypeWithCode(TaskType.KITCHEN).orElseThrow().id();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void eachPeriodSumsTheMonthsUpToThisOne() {
        TaskHours hours = new TaskHours(Map.of(
                YearMonth.of(2026, 11), Map.of(care, 600, kitchen, 120),
                YearMonth.of(2026, 9), Map.of(care, 300),
                YearMonth.of(2026, 5), Map.of(kitchen, 90),
                YearMonth.of(2025, 11), Map.of(kitchen, 60)));
        YearMonth november = YearMonth.of(2026, 11);

        assertEquals(Map.of(care, 600, kitchen, 120), HoursModel.Period.THIS_MONTH.minutes(hours, november));
        assertEquals(Map.of(care, 900, kitchen, 120), HoursModel.Period.LAST_3_MONTHS.minutes(hours, november));
        assertEquals(Map.of(care, 900, kitchen, 120), HoursModel.Period.LAST_6_MONTHS.minutes(hours, november),
                "June to November: May is out");
        assertEquals(Map.of(care, 900, kitchen, 210), HoursModel.Period.LAST_12_MONTHS.minutes(hours, november),
                "December 2025 to November 2026");
        assertEquals(Map.of(care, 900, kitchen, 270), HoursModel.Period.ALL.minutes(hours, november));
    }

    @Test
    void carepracticeCountsOnlyTaskTypesThatCountAsCarePractice() {
        TaskHours hours = new TaskHours(Map.of(YearMonth.of(2026, 11), Map.of(care, 600, kitchen, 120),
                YearMonth.of(2024, 1), Map.of(care, 60)));
        assertEquals(660, HoursModel.careMinutes(hours, fixture.progress.taskTypes()));
    }

    @Test
    void theRostersHoursShowPerTaskAndAsCarePracticeTowardsTheTarget() {
        placed(LocalDate.of(2026, 11, 16), care, 9, 12, kitchen, 12, 14);
        placed(LocalDate.of(2026, 8, 3), care, 9, 13, kitchen, 13, 14);
        fixture.page.refresh();

        assertEquals(List.of("Care", "Kitchen"), model.lines().stream().map(HoursModel.TaskLine::name).toList());
        assertEquals("7", model.lines().get(0).hours());
        assertEquals("Together: 10 hours", model.totalProperty().get());
        model.periodProperty().set(HoursModel.Period.LAST_3_MONTHS);
        assertEquals("3", model.lines().get(0).hours(), "August is more than 3 months ago");
        assertEquals("7 hours of care practice (no target set)", model.careTextProperty().get(),
                "care practice counts everything done, whatever the period shown");
        assertEquals(-1, model.careProgressProperty().get());

        Trajectory t = fixture.page.pageProperty().get().trajectory();
        fixture.progress.saveTrajectory(new Trajectory(t.staffId(), t.start(), t.decidedEnd(), t.extended(), "", "",
                t.guidanceTargetHours(), Optional.of(new BigDecimal("300"))));
        fixture.page.refresh();
        assertEquals("7 of 300 hours of care practice", model.careTextProperty().get());
        assertEquals(7 / 300.0, model.careProgressProperty().get(), 1e-9);
    }

    /** Puts the worker on a care place and a kitchen place that day, hours from and to. */
    private void placed(LocalDate day, long task1, int from1, int to1, long task2, int from2, int to2) {
        RosterSlot a = fixture.services.roster().addSlot(day, task1, "A", new TimeRange(LocalTime.of(from1, 0),
                LocalTime.of(to1, 0)), 1);
        RosterSlot b = fixture.services.roster().addSlot(day, task2, "B", new TimeRange(LocalTime.of(from2, 0),
                LocalTime.of(to2, 0)), 1);
        fixture.services.roster().setAssignments(day, List.of(new Assignment(a.id(), 0, fixture.worker.id(), true),
                new Assignment(b.id(), 0, fixture.worker.id(), true)));
    }

    @Test
    void aCourseIsAddedWithItsHoursAndRemovedWithUndo() {
        model.titleProperty().set("Basiscursus EHBO");
        model.fromProperty().set("2/11/2026");
        model.toProperty().set("3/11/2026");
        model.hoursProperty().set("7,5");
        model.providerProperty().set("Rode Kruis");
        model.addTraining();

        assertEquals(1, model.trainings().size());
        assertEquals(new BigDecimal("7.5"), model.trainings().getFirst().hours());
        assertEquals("1 course, 7.5 hours together", model.trainingTotalProperty().get());
        assertEquals("", model.titleProperty().get(), "the form is empty for the next course");

        model.removeTraining(model.trainings().getFirst());
        assertTrue(model.trainings().isEmpty());
        assertTrue(fixture.page.undo());
        assertEquals("Basiscursus EHBO", model.trainings().getFirst().title());
    }

    @Test
    void aCourseWithoutTitleOrWithHoursThatAreNoNumberIsRefusedAtTheField() {
        model.fromProperty().set("2/11/2026");
        model.hoursProperty().set("zeven");
        model.addTraining();
        assertEquals("Please enter hours as 7,5.", model.errors().get(ProgressService.FIELD_HOURS));

        model.hoursProperty().set("7");
        model.addTraining();
        assertEquals("Give the course a title.", model.errors().get(HoursModel.FIELD_TITLE));
        assertTrue(model.trainings().isEmpty());
    }
}
