package be.dagpuzzel.roster.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.roster.Assignment;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.testing.QueuedTaskRunner;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

class RosterBoardViewModelTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private AppServices services;
    private RosterBoardViewModel board;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        services.demo().fill(FRIDAY);
        board = new RosterBoardViewModel(new SameThreadTaskRunner(), services.roster(),
                new RosterRules(Duration.ofMillis(800)), new Messages(Locale.ENGLISH));
        board.load(FRIDAY);
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private long id(String firstName) {
        return services.staff().all().stream().filter(m -> m.profile().firstName().equals(firstName)).findFirst()
                .orElseThrow().id();
    }

    private BoardModels.SlotCard card(String label, String task) {
        return board.slots().stream().filter(c -> c.label().equals(label) && c.taskName().equals(task)).findFirst()
                .orElseThrow();
    }

    private List<Assignment> stored() {
        return services.roster().open(FRIDAY).assignments();
    }

    @Test
    void theBoardShowsWhoIsHereWhoIsAwayAndTheDaysSlots() {
        assertTrue(board.here().stream().anyMatch(p -> p.name().equals("Marc Claeys")));
        assertTrue(board.away().stream().anyMatch(p -> p.name().equals("Sofie Van Damme") && p.detail().equals("Sick")));
        assertEquals(13, board.slots().size());
        assertTrue(board.summaryProperty().get().contains("open places"), board.summaryProperty().get());
    }

    @Test
    void whileTheRulesAreStillBeingCompiledTheDaysPlacesComeFirstAndTheWarningsAfter() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        RosterRules cold = new RosterRules(Duration.ofMillis(800));
        RosterBoardViewModel first = new RosterBoardViewModel(runner, services.roster(), cold, new Messages(Locale.ENGLISH));
        first.load(FRIDAY);

        runner.runNext(); // the day, without the rules
        assertEquals(13, first.slots().size());
        assertTrue(first.here().stream().anyMatch(p -> p.name().equals("Marc Claeys")));
        assertTrue(first.warnings().isEmpty());
        assertTrue(first.summaryProperty().get().endsWith("checking the planning rules…"), first.summaryProperty().get());
        assertTrue(first.checkingProperty().get());

        runner.runNext(); // the check
        assertFalse(first.checkingProperty().get());
        assertFalse(runner.runNext(), "the day is read once");
        assertEquals(board.summaryProperty().get(), first.summaryProperty().get());
        assertEquals(board.warnings(), first.warnings());
        assertEquals(board.slots(), first.slots());
    }

    @Test
    void anEditMadeBeforeTheFirstCheckIsDoneIsKeptAndChecked() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        RosterBoardViewModel first = new RosterBoardViewModel(runner, services.roster(), new RosterRules(Duration.ofMillis(800)),
                new Messages(Locale.ENGLISH));
        first.load(FRIDAY);
        runner.runNext();
        SeatRef care = first.slots().stream().filter(c -> c.label().equals("Verzorging") && c.taskName().equals("Care"))
                .findFirst().orElseThrow().seats().getFirst().ref();

        first.assign(care, id("Sofie"));
        runner.runAll();

        assertTrue(first.assignments().stream().anyMatch(a -> a.slotId() == care.slotId()
                && a.position() == care.position() && a.staffId() == id("Sofie")));
        assertTrue(first.warnings().stream().anyMatch(w -> w.text().equals("Sofie Van Damme is not here today (Sick).")),
                first.warnings().toString());
        assertTrue(stored().stream().anyMatch(a -> a.slotId() == care.slotId() && a.staffId() == id("Sofie")));
    }

    @Test
    void onceTheRulesAreCompiledADayIsShownCheckedInOneStep() {
        QueuedTaskRunner runner = new QueuedTaskRunner();
        RosterRules warm = new RosterRules(Duration.ofMillis(800)).warmUp();
        RosterBoardViewModel next = new RosterBoardViewModel(runner, services.roster(), warm, new Messages(Locale.ENGLISH));
        next.load(FRIDAY);
        runner.runNext();
        assertFalse(runner.runNext());
        assertEquals(board.summaryProperty().get(), next.summaryProperty().get());
    }

    @Test
    void aClosingDaySaysWhyAndExpectsNobody() {
        board.load(LocalDate.of(2026, 12, 25));
        assertEquals("The centre is closed on this day: Kerstmis.", board.summaryProperty().get());
        assertTrue(board.here().isEmpty());
        assertTrue(board.slots().isEmpty());
        assertFalse(board.workingDayProperty().get());
    }

    @Test
    void puttingSomeoneWhoIsSickOnAPlaceIsAllowedButWarnedInPlainWords() {
        SeatRef care = card("Verzorging", "Care").seats().getFirst().ref();
        board.assign(care, id("Sofie"));
        assertEquals(List.of(new Assignment(care.slotId(), 0, id("Sofie"), true)), stored());
        BoardModels.SeatLine seat = card("Verzorging", "Care").seats().getFirst();
        assertEquals("Sofie Van Damme", seat.name());
        assertTrue(seat.hardProblem());
        assertTrue(board.warnings().stream().anyMatch(w -> w.hard()
                && w.text().equals("Sofie Van Damme is not here today (Sick).")), board.warnings().toString());
    }

    @Test
    void aLearnerDriverWithoutAnExperiencedCompanionIsFlaggedUntilOneIsAdded() {
        BoardModels.SlotCard driver = card("Ronde 1 ochtend", "Driver");
        BoardModels.SlotCard companion = card("Ronde 1 ochtend", "Bus companion");
        board.assign(driver.seats().getFirst().ref(), id("Hassan"));
        assertTrue(board.warnings().stream().anyMatch(w -> w.text().startsWith(
                "Hassan El Amrani drives with a companion")), board.warnings().toString());
        board.assign(companion.seats().getFirst().ref(), id("Tom"));
        assertFalse(board.warnings().stream().anyMatch(w -> w.text().startsWith(
                "Hassan El Amrani drives with a companion")));
    }

    @Test
    void forAnOpenPlaceEveryoneIsRankedWithWhyTheyFitOrNot() {
        SeatRef driver = card("Ronde 2 ochtend", "Driver").seats().getFirst().ref();
        java.util.concurrent.atomic.AtomicReference<List<BoardModels.Candidate>> ranked =
                new java.util.concurrent.atomic.AtomicReference<>();
        board.candidates(driver, ranked::set);
        List<BoardModels.Candidate> list = ranked.get();
        assertFalse(list.isEmpty());
        BoardModels.Candidate best = list.getFirst();
        assertEquals("Marc Claeys", best.name(), "the one driver with a licence and lift-bus training who is here");
        BoardModels.Candidate sofie = list.stream().filter(c -> c.name().equals("Sofie Van Damme")).findFirst().orElseThrow();
        assertTrue(sofie.hardProblem());
        assertEquals("Sofie Van Damme is not here today (Sick).", sofie.reason());
        BoardModels.Candidate joris = list.stream().filter(c -> c.name().equals("Joris Desmet")).findFirst().orElseThrow();
        assertTrue(joris.reason().contains("Lift-bus training has expired"), joris.reason());
        assertTrue(list.indexOf(best) < list.indexOf(sofie));
    }

    @Test
    void everyEditCanBeUndoneAndRedone() {
        SeatRef a = card("Logistiek en was", "Logistics").seats().getFirst().ref();
        SeatRef b = card("Verzorging", "Care").seats().getFirst().ref();
        board.assign(a, id("Kevin"));
        board.move(a, b);
        assertEquals(List.of(new Assignment(b.slotId(), 0, id("Kevin"), true)), stored());
        board.undo();
        assertEquals(List.of(new Assignment(a.slotId(), 0, id("Kevin"), true)), stored());
        board.undo();
        assertTrue(stored().isEmpty());
        assertFalse(board.canUndoProperty().get());
        board.redo();
        assertEquals(1, stored().size());
        board.unassign(a);
        assertTrue(stored().isEmpty());
        assertFalse(board.canRedoProperty().get(), "a new edit ends the redo history");
    }

    @Test
    void autoPlanFillsTheRestKeepsWhatWasSetByHandAndIsUndoneInOneStep() {
        SeatRef kitchen = card("Keuken middagmaal", "Kitchen").seats().getFirst().ref();
        board.assign(kitchen, id("Nathalie"));
        board.autoPlan();
        List<Assignment> planned = stored();
        assertTrue(planned.size() > 10, "filled: " + planned.size());
        assertTrue(planned.contains(new Assignment(kitchen.slotId(), 0, id("Nathalie"), true)));
        assertTrue(board.warnings().stream().noneMatch(BoardModels.WarningLine::hard), board.warnings().toString());
        assertTrue(board.messageProperty().get().startsWith("Fill the rest changed"));

        board.undo();
        assertEquals(List.of(new Assignment(kitchen.slotId(), 0, id("Nathalie"), true)), stored());
    }

    @Test
    void afterALateAbsenceReplanFillsOnlyTheirPlacesAndLeavesTheRest() {
        board.autoPlan();
        List<Assignment> planned = stored();
        long marc = id("Marc");
        assertTrue(planned.stream().anyMatch(a -> a.staffId() == marc), "Marc drives in the plan");
        services.staff().recordAbsence(be.dagpuzzel.staff.AbsenceDraft.wholeDay(marc,
                be.dagpuzzel.staff.AbsenceKind.SICK, FRIDAY));
        board.refresh();
        assertTrue(board.warnings().stream().anyMatch(w -> w.hard() && w.text().startsWith("Marc Claeys is not here")));

        board.replan();
        List<Assignment> replanned = stored();
        assertTrue(replanned.stream().noneMatch(a -> a.staffId() == marc), "Marc's places were emptied");
        List<Assignment> othersBefore = planned.stream().filter(a -> a.staffId() != marc).toList();
        for (Assignment kept : othersBefore) {
            assertTrue(replanned.stream().anyMatch(a -> a.slotId() == kept.slotId() && a.position() == kept.position()
                    && a.staffId() == kept.staffId()), "kept: " + kept);
        }
        assertTrue(board.warnings().stream().noneMatch(w -> w.text().startsWith("Marc Claeys is not here")));
        assertTrue(board.messageProperty().get().startsWith("Re-plan changed"), board.messageProperty().get());
    }

    @Test
    void aSlotForTodayOnlyCanBeAddedRetimedGrownAndRemovedAndUndone() {
        long animation = services.catalogue().taskTypeWithCode("ANIMATION").orElseThrow().id();
        board.addSlot(animation, "Uitstap markt", "13:30", "15:30", 2);
        BoardModels.SlotCard trip = card("Uitstap markt", "Animation");
        assertEquals("13:30–15:30", trip.hours());
        assertEquals(2, trip.seats().size());
        assertTrue(services.templates().slots(FRIDAY.getDayOfWeek()).stream()
                .noneMatch(t -> t.label().equals("Uitstap markt")), "the template is not touched");

        board.retimeSlot(trip.slotId(), "14:00", "16:00");
        assertEquals("14:00–16:00", card("Uitstap markt", "Animation").hours());
        board.assign(card("Uitstap markt", "Animation").seats().get(1).ref(), id("Rita"));
        board.changePlaces(trip.slotId(), -1);
        assertEquals(1, card("Uitstap markt", "Animation").seats().size());
        assertTrue(stored().stream().noneMatch(a -> a.staffId() == id("Rita")), "the place given up lost its person");

        board.undo();
        assertEquals(2, card("Uitstap markt", "Animation").seats().size());
        assertTrue(stored().stream().anyMatch(a -> a.staffId() == id("Rita")), "undo brings the place and Rita back");
        board.removeSlot(trip.slotId());
        assertTrue(board.slots().stream().noneMatch(c -> c.label().equals("Uitstap markt")));
        board.undo();
        assertTrue(board.slots().stream().anyMatch(c -> c.label().equals("Uitstap markt")));
        board.retimeSlot(trip.slotId(), "16:00", "15:00");
        assertEquals("The end lies before the start.", board.messageProperty().get());
    }

    @Test
    void someoneLateIsFlaggedOnTheirEarlySlotAndSomeoneExtraCanBePlanned() {
        SeatRef morningRun = card("Ronde 1 ochtend", "Bus companion").seats().getFirst().ref();
        board.assign(morningRun, id("Tom"));
        board.markLate(id("Tom"), "10u");
        assertTrue(board.warnings().stream().anyMatch(w -> w.hard() && w.text().startsWith("Tom Willems works 10:00–17:00")),
                board.warnings().toString());

        board.markLate(id("Gerda"), "7:00");
        assertEquals("The arrival must lie within the working hours (08:00–16:30).", board.messageProperty().get());

        assertTrue(board.couldComeExtra().stream().anyMatch(p -> p.name().equals("Ann Hermans")), "Ann is off on Fridays");
        board.addExtra(id("Ann"), "9:00", "13:00");
        assertTrue(board.here().stream().anyMatch(p -> p.name().equals("Ann Hermans") && p.detail().contains("09:00–13:00")));
    }

    @Test
    void startingFromTheBareTemplateEmptiesTheDayAndUndoBringsItBack() {
        long animation = services.catalogue().taskTypeWithCode("ANIMATION").orElseThrow().id();
        board.addSlot(animation, "Uitstap markt", "13:30", "15:30", 1);
        board.assign(card("Logistiek en was", "Logistics").seats().getFirst().ref(), id("Kevin"));
        board.startFromTemplate();
        assertTrue(stored().isEmpty());
        assertEquals(13, board.slots().size(), "only the template's slots");
        board.undo();
        assertEquals(14, board.slots().size());
        assertEquals(1, stored().size());
    }

    @Test
    void sameAsLastWeekStartsFromLastFridayWithThePeopleWhoAreHere() {
        board.copyFromLastWeek();
        assertFalse(stored().isEmpty());
        assertTrue(stored().stream().noneMatch(a -> a.staffId() == id("Sofie")));
        board.undo();
        assertTrue(stored().isEmpty());
    }
}
