package be.dagpuzzel.progress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.progress.Due;
import be.dagpuzzel.progress.Meeting;
import be.dagpuzzel.progress.MeetingKind;
import be.dagpuzzel.staff.Programme;

/** Fatma (LDE since 6/1/2025, a meeting every 6 months, none held yet); today is Friday 27/11/2026. */
class MeetingsViewModelTest {

    @TempDir
    Path dir;
    private PageFixture fixture;
    private MeetingsViewModel model;

    @BeforeEach
    void open() {
        fixture = new PageFixture(dir);
        fixture.open("Fatma", Programme.LDE, LocalDate.of(2025, 1, 6));
        model = new MeetingsViewModel(fixture.page, fixture.progress);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private boolean meetingDue() {
        return fixture.current().due().stream().anyMatch(d -> d.kind() == Due.Kind.MEETING);
    }

    private Meeting plan(MeetingKind kind, String day) {
        model.startPlan();
        model.kindProperty().set(kind);
        model.plannedProperty().set(day);
        model.submit();
        return model.meetings().getFirst();
    }

    @Test
    void theRuleAndTheLateMeetingAreShownAboveTheList() {
        assertEquals("A functioning or evaluation meeting every 6 months in LDE (local service economy).",
                model.ruleProperty().get());
        assertEquals("No meeting recorded yet; the programme asks for one every 6 months.", model.nextProperty().get());
        assertTrue(model.nextLateProperty().get());
        assertTrue(meetingDue());
    }

    @Test
    void aMeetingIsPlannedThenMarkedAsHeldWithItsNotesAndAgreements() {
        model.startPlan();
        assertEquals("", model.plannedProperty().get(), "the due day has passed: no day offered");
        model.kindProperty().set(MeetingKind.EVALUATION);
        model.plannedProperty().set("14/12");
        model.submit();

        assertEquals(MeetingsViewModel.Mode.CLOSED, model.modeProperty().get());
        Meeting planned = model.meetings().getFirst();
        assertEquals(MeetingKind.EVALUATION, planned.kind());
        assertEquals(LocalDate.of(2026, 12, 14), planned.plannedOn(), "14/12 is the coming one");
        assertFalse(planned.isHeld());
        assertEquals("Next: Evaluation meeting planned on 14/12/2026.", model.nextProperty().get());
        assertFalse(model.nextLateProperty().get());
        assertFalse(meetingDue(), "a planned meeting answers the rule");

        model.startHeld(planned);
        assertEquals("27/11/2026", model.heldProperty().get(), "held today when planned later");
        model.heldProperty().set("4/12/2026");
        model.submit();
        assertEquals("This date is in the future: record it when it has happened.",
                model.errors().get(MeetingsViewModel.FIELD_HELD));
        assertFalse(model.meetings().getFirst().isHeld(), "refused: nothing changed");

        model.heldProperty().set("27/11/2026");
        model.notesProperty().set("Thuissituatie moeilijk; slaapt slecht.");
        model.agreementsProperty().set("Vaker in de keuken; taalcoaching op de vloer.");
        model.submit();
        Meeting held = model.meetings().getFirst();
        assertEquals(Optional.of(LocalDate.of(2026, 11, 27)), held.heldOn());
        assertEquals(LocalDate.of(2026, 12, 14), held.plannedOn(), "the planned day stays");
        assertEquals("Thuissituatie moeilijk; slaapt slecht.", held.notes());
        assertEquals("Vaker in de keuken; taalcoaching op de vloer.", held.agreements());
        assertEquals("The next one is due by 27/05/2027; none is planned yet.", model.nextProperty().get(),
                "six months after the one held");
        assertEquals(MeetingsViewModel.Mode.CLOSED, model.modeProperty().get());

        assertTrue(fixture.page.undo());
        assertFalse(model.meetings().getFirst().isHeld(), "Ctrl+Z: planned again");
        assertEquals("Undone: Evaluation meeting marked as held", fixture.page.messageProperty().get());
    }

    @Test
    void aWrongDayStaysInTheFormWithItsMessage() {
        model.startPlan();
        model.plannedProperty().set("");
        model.submit();
        assertEquals("Type a date, as 27/11/2026.", model.errors().get(MeetingsViewModel.FIELD_PLANNED));
        model.plannedProperty().set("32/12");
        model.submit();
        assertEquals("“32/12” is not a day in the calendar: check the day and the month.", model.errors().get(MeetingsViewModel.FIELD_PLANNED));
        assertEquals(MeetingsViewModel.Mode.PLAN, model.modeProperty().get());
        assertTrue(model.meetings().isEmpty());
    }

    @Test
    void aMeetingIsEditedAndRemovedAndCtrlZBringsItBack() {
        Meeting planned = plan(MeetingKind.FUNCTIONING, "10/12/2026");
        model.startEdit(planned);
        model.plannedProperty().set("11/12/2026");
        model.submit();
        assertEquals(LocalDate.of(2026, 12, 11), model.meetings().getFirst().plannedOn());

        model.remove(model.meetings().getFirst());
        assertTrue(model.meetings().isEmpty());
        assertTrue(meetingDue(), "the rule's meeting is late again");
        fixture.page.undo();
        assertEquals(1, model.meetings().size());
        assertEquals(LocalDate.of(2026, 12, 11), model.meetings().getFirst().plannedOn());
        fixture.page.undo();
        assertEquals(LocalDate.of(2026, 12, 10), model.meetings().getFirst().plannedOn(), "the edit undone too");
    }
}
