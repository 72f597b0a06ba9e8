package be.dagpuzzel.progress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.progress.GoalStatus;
import be.dagpuzzel.progress.PopGoal;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.settings.TaskType;

/** The development plan's model on its own store, without the toolkit. */
class PlanModelTest {

    @TempDir
    Path dir;
    private ProgressPageFixture fixture;
    private PlanModel model;

    @BeforeEach
    void open() {
        fixture = new ProgressPageFixture(dir);
        model = new PlanModel(fixture.page, fixture.progress);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private PlanModel.GoalRow row(String description) {
        return model.goals().stream().filter(r -> r.description().equals(description)).findFirst().orElseThrow();
    }

    private void add(String description, String setOn, String target) {
        model.newGoal();
        model.descriptionProperty().set(description);
        model.setOnProperty().set(setOn);
        model.targetProperty().set(target);
        model.save();
    }

    @Test
    void anOpenGoalPastItsTargetDateIsFlaggedAndAClosedOneIsNot() {
        add("Zelfstandig de afwas organiseren", "1/9/2026", "15/11/2026");
        add("Route 2 alleen rijden", "1/9/2026", "31/12/2026");

        assertTrue(row("Zelfstandig de afwas organiseren").pastTarget());
        assertFalse(row("Route 2 alleen rijden").pastTarget());
        assertEquals("Zelfstandig de afwas organiseren", model.goals().getFirst().description(),
                "the one whose date passed comes first");

        model.setStatus(row("Zelfstandig de afwas organiseren").goal(), GoalStatus.ACHIEVED);
        PlanModel.GoalRow achieved = row("Zelfstandig de afwas organiseren");
        assertFalse(achieved.pastTarget(), "reached: nothing to chase");
        assertEquals("Achieved on 27/11/2026", achieved.status());

        assertTrue(fixture.page.undo());
        assertTrue(row("Zelfstandig de afwas organiseren").pastTarget(), "undo opens it again");
    }

    @Test
    void aGoalOnATaskTypeIsStoredAsShouldPractiseAndCanBeChangedAndRemovedWithUndo() {
        long kitchen = fixture.services.catalogue().taskTypeWithCode(TaskType.KITCHEN).orElseThrow().id();
        model.newGoal();
        model.descriptionProperty().set("Keukenwerk oefenen");
        model.taskProperty().set(model.taskChoices().stream().filter(c -> Long.valueOf(kitchen).equals(c.id()))
                .findFirst().orElseThrow());
        model.targetProperty().set("31/3");
        model.save();

        PopGoal stored = fixture.page.pageProperty().get().goals().getFirst();
        assertEquals(Optional.of(kitchen), stored.taskTypeId());
        assertEquals(Optional.of(LocalDate.of(2027, 3, 31)), stored.targetDate(), "a target without year is the next one");
        assertEquals(ProgressPageFixture.FRIDAY, stored.setOn(), "set today unless typed");
        assertNull(model.editingProperty().get(), "the form is ready for the next goal");

        model.edit(stored);
        model.descriptionProperty().set("Keukenwerk oefenen, ook de vaat");
        model.save();
        assertEquals("Keukenwerk oefenen, ook de vaat", fixture.page.pageProperty().get().goals().getFirst().description());
        assertTrue(fixture.page.undo());
        assertEquals("Keukenwerk oefenen", fixture.page.pageProperty().get().goals().getFirst().description());

        model.remove(row("Keukenwerk oefenen").goal());
        assertTrue(model.goals().isEmpty());
        assertTrue(fixture.page.undo());
        assertEquals(Optional.of(kitchen), fixture.page.pageProperty().get().goals().getFirst().taskTypeId(),
                "it comes back as it was");
    }

    @Test
    void aGoalWithoutDescriptionOrWithATargetBeforeItWasSetIsRefusedAtTheField() {
        add("", "", "");
        assertEquals("Describe the goal.", model.errors().get(ProgressService.FIELD_TEXT));
        add("Op tijd komen", "20/11/2026", "1/1/2026");
        assertEquals("The target date comes before the day the goal was set.",
                model.errors().get(ProgressService.FIELD_TARGET));
        add("Op tijd komen", "gisteren", "");
        assertEquals("Please enter a date as 27/11/2026.", model.errors().get(PlanModel.FIELD_SET_ON));
        assertTrue(model.goals().isEmpty());
    }
}
