package be.dagpuzzel.progress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.progress.Due;
import be.dagpuzzel.progress.LadderStep;
import be.dagpuzzel.progress.StepSignoff;
import be.dagpuzzel.progress.view.OnboardingViewModel.Ladder;
import be.dagpuzzel.progress.view.OnboardingViewModel.StepLine;
import be.dagpuzzel.progress.view.OnboardingViewModel.StepState;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;

/** Hassan learns to drive: rode along from 13/11, drives with a companion since 20/11; today is Friday 27/11/2026. */
class OnboardingViewModelTest {

    @TempDir
    Path dir;
    private PageFixture fixture;
    private OnboardingViewModel model;
    private long driving;
    private List<LadderStep> steps;
    private StaffMember hassan;

    @BeforeEach
    void open() {
        fixture = new PageFixture(dir);
        driving = fixture.services.catalogue().taskTypeWithCode(TaskType.DRIVER).orElseThrow().id();
        steps = fixture.progress.ladders().get(driving);
        hassan = fixture.open("Hassan", Programme.INDIVIDUAL_MAATWERK, LocalDate.of(2026, 11, 13));
        fixture.progress.signOff(hassan.id(), steps.get(0).id(), LocalDate.of(2026, 11, 13), "Gerda Coach", "");
        fixture.progress.signOff(hassan.id(), steps.get(1).id(), LocalDate.of(2026, 11, 20), "Gerda Coach", "");
        model = new OnboardingViewModel(fixture.page, fixture.progress);
        fixture.page.refresh();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Ladder drivingLadder() {
        return model.ladders().stream().filter(l -> l.taskTypeId() == driving).findFirst().orElseThrow();
    }

    private boolean signOffDue() {
        return fixture.current().due().stream().anyMatch(d -> d.kind() == Due.Kind.SIGN_OFF && d.staffId() == hassan.id());
    }

    @Test
    void theLadderBeingClimbedComesFirstWithItsStepsTheGuideAndWhatTheBoardWarnsAbout() {
        Ladder ladder = model.ladders().getFirst();
        assertEquals(driving, ladder.taskTypeId(), "the ladder being climbed comes first");
        assertEquals(List.of(StepState.REACHED, StepState.CURRENT, StepState.NEXT),
                ladder.steps().stream().map(StepLine::state).toList());
        assertEquals(List.of("Rides along as bus companion", "Drives with a companion", "Drives alone"),
                ladder.steps().stream().map(StepLine::name).toList());
        assertEquals("Reached on 20/11/2026, signed off by Gerda Coach", ladder.steps().get(1).stateText());
        assertEquals("usually a week", ladder.steps().get(1).guide());
        StepLine next = ladder.next().orElseThrow();
        assertTrue(next.dueForSignOff(), "a week on the step: due by the guide");
        assertEquals("Next step: due for sign-off since 27/11/2026", next.stateText());
        assertEquals("Until signed off as “Drives alone”, the board warns when Hassan drives without a companion.",
                ladder.rosterRule());
    }

    @Test
    void aSignOffInTheFutureIsRefusedAtTheDateAndChangesNothing() {
        StepLine next = drivingLadder().next().orElseThrow();
        model.startSignOff(next);
        assertEquals("27/11/2026", model.dateProperty().get(), "today by default");
        assertEquals("Gerda Coach", model.byProperty().get(), "the worker's coach by default");

        model.dateProperty().set("4/12/2026");
        model.signOff();
        assertEquals("This date is in the future: record it when it has happened.",
                model.errors().get(OnboardingViewModel.FIELD_DATE));
        assertSame(next, model.signingProperty().get(), "the form stays open");
        assertEquals(steps.get(1).id(), fixture.current().ladder(driving).orElseThrow().current().orElseThrow().id());
        assertTrue(signOffDue());

        model.dateProperty().set("31/02/2026");
        model.signOff();
        assertEquals("“31/02/2026” is not a day in the calendar: check the day and the month.", model.errors().get(OnboardingViewModel.FIELD_DATE));
        assertEquals(steps.get(1).id(), fixture.current().ladder(driving).orElseThrow().current().orElseThrow().id());
    }

    @Test
    void signingOffTheNextStepChangesTheStandingTheDueListAndTheRosterLineAndCtrlZTakesItBack() {
        assertTrue(signOffDue());
        model.startSignOff(drivingLadder().next().orElseThrow());
        model.dateProperty().set("26/11");
        model.noteProperty().set("Route 2 alleen gereden");
        model.signOff();

        assertNull(model.signingProperty().get(), "the form closes once stored");
        StepSignoff signed = fixture.current().ladder(driving).orElseThrow().currentSignoff().orElseThrow();
        assertEquals(steps.get(2).id(), signed.stepId());
        assertEquals(LocalDate.of(2026, 11, 26), signed.signedOn(), "26/11 without a year is the day that has been");
        assertEquals("Gerda Coach", signed.signedBy());
        assertEquals("Route 2 alleen gereden", signed.note());
        assertFalse(signOffDue(), "nothing left to sign off");
        assertTrue(fixture.page.overview().stream().noneMatch(d -> d.kind() == Due.Kind.SIGN_OFF));
        assertEquals(List.of(StepState.REACHED, StepState.REACHED, StepState.CURRENT),
                drivingLadder().steps().stream().map(StepLine::state).toList());
        assertEquals("Signed off as “Drives alone”: the roster’s rules take Hassan as doing this task alone.",
                drivingLadder().rosterRule());

        assertTrue(fixture.page.undo());
        assertEquals("Undone: sign-off of “Drives alone”", fixture.page.messageProperty().get());
        assertEquals(steps.get(1).id(), fixture.current().ladder(driving).orElseThrow().current().orElseThrow().id());
        assertTrue(signOffDue());
    }

    @Test
    void aSignOffTakenBackByMistakeComesBackAsItWasWithCtrlZ() {
        model.takeBack(drivingLadder().current().orElseThrow());
        assertEquals(steps.get(0).id(), fixture.current().ladder(driving).orElseThrow().current().orElseThrow().id());
        assertEquals("Until signed off as “Drives with a companion”, the board warns when Hassan is put on to drive.",
                drivingLadder().rosterRule());

        fixture.page.undo();
        StepSignoff back = fixture.current().ladder(driving).orElseThrow().currentSignoff().orElseThrow();
        assertEquals(steps.get(1).id(), back.stepId());
        assertEquals(LocalDate.of(2026, 11, 20), back.signedOn());
        assertEquals("Gerda Coach", back.signedBy());
    }

    @Test
    void aLadderNotStartedSaysTheRulesTakeThemAsDoingItAloneAndSignsOffItsFirstStep() {
        fixture.progress.removeSignoff(fixture.current().ladder(driving).orElseThrow().currentSignoff().orElseThrow().id());
        fixture.progress.removeSignoff(fixture.progress.page(hassan.id()).ladder(driving).orElseThrow().currentSignoff()
                .orElseThrow().id());
        fixture.page.refresh();
        Ladder ladder = drivingLadder();
        assertFalse(ladder.started());
        assertEquals("No step signed off yet, so the roster’s rules take Hassan as able to do this task alone. "
                + "Sign off the step Hassan has reached and the rules follow it.", ladder.rosterRule());
        assertEquals(steps.get(0).id(), ladder.next().orElseThrow().step().id());
        assertEquals("Next step", ladder.next().orElseThrow().stateText());
    }
}
