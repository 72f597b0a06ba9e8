package be.dagpuzzel.transport.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.testing.QueuedTaskRunner;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.transport.AbsenceReason;
import be.dagpuzzel.transport.RunDirection;
import be.dagpuzzel.transport.Stop;
import be.dagpuzzel.transport.print.RouteSheetData;
import be.dagpuzzel.ui.Messages;

class TransportViewModelTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private AppServices services;
    private QueuedTaskRunner runner;
    private TransportViewModel model;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        services.demo().fill(FRIDAY);
        runner = new QueuedTaskRunner();
        model = new TransportViewModel(runner, services.transport(), services.participants(), RosterRules.firstFitOnly(),
                new Messages(Locale.ENGLISH));
        model.load(FRIDAY);
        runner.runAll();
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private TransportModels.RunCard card(String route, RunDirection direction) {
        return model.runs().stream().filter(c -> c.title().startsWith(route) && c.direction() == direction).findFirst()
                .orElseThrow();
    }

    private List<Long> shown(String route, RunDirection direction) {
        return card(route, direction).stops().stream().map(TransportModels.StopLine::participantId).toList();
    }

    private List<Long> stored(String route, RunDirection direction) {
        return services.transport().day(FRIDAY).runs().stream()
                .filter(r -> r.route().name().equals(route) && r.run().direction() == direction).findFirst().orElseThrow()
                .stops().stream().map(Stop::participantId).toList();
    }

    @Test
    void aStopMovedToAnotherRunIsShownAndReTimedBeforeTheStoreAnswersThenStored() {
        long moved = shown("Ronde 2", RunDirection.MORNING).getLast();
        String timesBefore = card("Ronde 1", RunDirection.MORNING).times();
        model.moveStop(moved, card("Ronde 2", RunDirection.MORNING).runId(), card("Ronde 1", RunDirection.MORNING).runId(), 0);

        assertEquals(moved, shown("Ronde 1", RunDirection.MORNING).getFirst(), "shown at once");
        assertFalse(timesBefore.equals(card("Ronde 1", RunDirection.MORNING).times()), "re-timed at once");
        assertFalse(stored("Ronde 1", RunDirection.MORNING).contains(moved), "not yet stored: the save is queued");
        runner.runAll();
        assertEquals(moved, stored("Ronde 1", RunDirection.MORNING).getFirst());
        assertFalse(stored("Ronde 2", RunDirection.MORNING).contains(moved));

        assertTrue(model.undo());
        runner.runAll();
        assertEquals(moved, stored("Ronde 2", RunDirection.MORNING).getLast(), "undo puts it back where it was");
        model.redo();
        runner.runAll();
        assertEquals(moved, stored("Ronde 1", RunDirection.MORNING).getFirst());
    }

    @Test
    void aStopCannotBeDraggedOntoARunOfTheOtherDirection() {
        long someone = shown("Ronde 2", RunDirection.MORNING).getFirst();
        model.moveStop(someone, card("Ronde 2", RunDirection.MORNING).runId(), card("Ronde 1", RunDirection.EVENING).runId(), 0);
        runner.runAll();
        assertFalse(stored("Ronde 1", RunDirection.EVENING).contains(someone));
        assertTrue(stored("Ronde 2", RunDirection.MORNING).contains(someone));
        assertTrue(stored("Ronde 2", RunDirection.EVENING).contains(someone), "the evening run is not touched either");
        assertEquals("A morning stop can only go to another morning run, an evening stop to an evening run.",
                model.messageProperty().get());
    }

    @Test
    void aCallRecordedHereTakesThePersonOffBothRunsAndUndoBringsThemBack() {
        long someone = shown("Ronde 1", RunDirection.MORNING).getFirst();
        int calls = model.calls().size();
        model.recordCall(someone, AbsenceReason.HOSPITAL, FRIDAY.plusDays(3), "", () -> { });
        runner.runAll();
        assertFalse(shown("Ronde 1", RunDirection.MORNING).contains(someone));
        assertFalse(shown("Ronde 1", RunDirection.EVENING).contains(someone));
        assertEquals(calls + 1, model.calls().size());
        TransportModels.CallLine line = model.calls().stream().filter(c -> c.participantId() == someone).findFirst()
                .orElseThrow();
        assertEquals("In hospital", line.reason());
        assertEquals("until 30/11/2026", line.until());

        model.undo();
        runner.runAll();
        assertTrue(shown("Ronde 1", RunDirection.MORNING).contains(someone));
        assertEquals(calls, model.calls().size());
    }

    @Test
    void theShortestOrderIsNoLongerThanTheUsualOne() {
        var before = services.transport().day(FRIDAY);
        model.optimise(card("Ronde 2", RunDirection.MORNING).runId());
        runner.runAll();
        assertTrue(model.messageProperty().get().startsWith("Ronde 2"), model.messageProperty().get());
        var planner = new be.dagpuzzel.transport.RunPlanner(new be.dagpuzzel.transport.Travel(before.settings()));
        var after = services.transport().day(FRIDAY);
        double usual = planner.pathMinutes(RunDirection.MORNING, before.centre(), inputs(before));
        double optimised = planner.pathMinutes(RunDirection.MORNING, after.centre(), inputs(after));
        assertTrue(optimised <= usual + 1e-9, optimised + " vs " + usual);
    }

    private static List<be.dagpuzzel.transport.StopInput> inputs(be.dagpuzzel.transport.TransportDay day) {
        return day.runs().stream().filter(r -> r.route().name().equals("Ronde 2")
                && r.run().direction() == RunDirection.MORNING).findFirst().orElseThrow().stops().stream()
                .map(s -> be.dagpuzzel.transport.StopInput.of(day.participants().get(s.participantId()))).toList();
    }

    @Test
    void theDriverChoicesComeRankedAndTheChosenDriverShowsOnTheCard() {
        TransportModels.RunCard morning = card("Ronde 1", RunDirection.MORNING);
        List<TransportModels.Choice> choices = model.choicesFor(morning.driverSlotId().orElseThrow());
        assertFalse(choices.isEmpty());
        TransportModels.Choice best = choices.getFirst();
        assertEquals("", best.hint(), "the first choice fits without problems");
        model.setCrew(morning.driverSlotId().orElseThrow(), Optional.of(best.id()));
        runner.runAll();
        assertEquals(best.name(), card("Ronde 1", RunDirection.MORNING).driverName());
        assertTrue(card("Ronde 1", RunDirection.MORNING).problems().stream()
                .noneMatch(p -> p.text().startsWith("Nobody drives")));
    }

    @Test
    void theSheetsCarryTheStopsInOrderWithTimesAndWhoIsNotComing() {
        List<RouteSheetData> sheets = model.sheets(Optional.empty());
        assertEquals(4, sheets.size(), "every run with stops");
        RouteSheetData first = sheets.getFirst();
        TransportModels.RunCard card = card("Ronde 1", RunDirection.MORNING);
        assertEquals("Ronde 1", first.runName());
        assertEquals(card.stops().size(), first.stops().size());
        for (int i = 0; i < first.stops().size(); i++) {
            assertEquals(card.stops().get(i).name(), first.stops().get(i).name());
            assertEquals(card.stops().get(i).time(), first.stops().get(i).plannedTime().toString());
        }
        long ownCalls = services.transport().day(FRIDAY).notComing().stream()
                .filter(a -> services.participants().find(a.participantId()).orElseThrow().usualRouteId()
                        .map(id -> first.runName().equals("Ronde " + (id == services.transport().routes().getFirst().id() ? 1 : 2)))
                        .orElse(false)).count();
        assertEquals(ownCalls, first.notComingToday().size(), "only this run's own people who called off");
        assertTrue(ownCalls < 3, "the demo's calls are spread over both routes");
        assertEquals(1, model.sheets(Optional.of(card.runId())).size());
    }

    @Test
    void someoneOnNoRunCanBePutOnOneAndStaysThere() {
        TransportModels.Expected own = model.withoutRun().getFirst();
        long morning = card("Ronde 1", RunDirection.MORNING).runId();
        long evening = card("Ronde 1", RunDirection.EVENING).runId();
        model.addToRun(own.id(), morning, 0);
        assertEquals(own.id(), shown("Ronde 1", RunDirection.MORNING).getFirst());
        assertTrue(model.withoutRun().stream().anyMatch(p -> p.id() == own.id()), "still on no evening run");
        model.addToRun(own.id(), evening, 99);
        assertEquals(own.id(), shown("Ronde 1", RunDirection.EVENING).getLast());
        assertTrue(model.withoutRun().stream().noneMatch(p -> p.id() == own.id()));
        runner.runAll();
        assertEquals(own.id(), stored("Ronde 1", RunDirection.MORNING).getFirst());
        model.load(FRIDAY);
        runner.runAll();
        assertTrue(model.withoutRun().stream().noneMatch(p -> p.id() == own.id()), "after reopening the day too");
        assertEquals(1, model.expected().stream().filter(p -> p.id() == own.id()).count(), "listed once to call off");
    }

    @Test
    void aDriverTheRosterRulesObjectToIsFlaggedOnTheRunCardInTheBoardsWords() {
        TransportModels.RunCard morning = card("Ronde 2", RunDirection.MORNING);
        TransportModels.Choice learner = model.choicesFor(morning.driverSlotId().orElseThrow()).stream()
                .filter(c -> c.name().startsWith("Hassan")).findFirst().orElseThrow();
        model.setCrew(morning.driverSlotId().orElseThrow(), Optional.of(learner.id()));
        runner.runAll();
        List<TransportModels.ProblemLine> problems = card("Ronde 2", RunDirection.MORNING).problems();
        assertTrue(problems.stream().anyMatch(p -> p.serious() && p.text().startsWith("Hassan El Amrani")),
                problems.toString());
        assertTrue(model.summaryProperty().get().contains("problem"), model.summaryProperty().get());
    }
}
