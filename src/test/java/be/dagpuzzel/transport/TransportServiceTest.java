package be.dagpuzzel.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.roster.PlanBuilder;
import be.dagpuzzel.roster.RosterSlot;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.roster.rules.RuleMatch;
import be.dagpuzzel.testing.TestStore;

class TransportServiceTest {

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

    private TransportDay day() {
        return services.transport().day(FRIDAY);
    }

    private static List<Long> stopIds(RunState run) {
        return run.stops().stream().map(Stop::participantId).toList();
    }

    private static RunState run(TransportDay day, String route, RunDirection direction) {
        return day.runs().stream().filter(r -> r.route().name().equals(route) && r.run().direction() == direction)
                .findFirst().orElseThrow();
    }

    private long staffId(String firstName) {
        return services.staff().all().stream().filter(m -> m.profile().firstName().equals(firstName)).findFirst()
                .orElseThrow().id();
    }

    @Test
    void everyoneComingIsOnOneMorningAndOneEveningRunOfTheirUsualRoute() {
        TransportDay day = day();
        assertEquals(4, day.runs().size(), "two routes, morning and evening");
        ParticipantService.Attendance attendance = services.participants().attendance(FRIDAY);
        for (RunDirection direction : RunDirection.values()) {
            List<Long> onRuns = new ArrayList<>();
            for (RunState r : day.runs()) {
                if (r.run().direction() == direction) {
                    for (Stop s : r.stops()) {
                        onRuns.add(s.participantId());
                        assertEquals(Optional.of(r.route().id()), day.participants().get(s.participantId()).usualRouteId());
                    }
                }
            }
            Set<Long> expected = new HashSet<>();
            attendance.coming().stream().filter(p -> p.usualRouteId().isPresent()).forEach(p -> expected.add(p.id()));
            assertEquals(expected, new HashSet<>(onRuns));
            assertEquals(onRuns.size(), new HashSet<>(onRuns).size(), "nobody twice");
        }
        assertEquals(3, day.notComing().size(), "the demo's three morning calls");
        for (ParticipantAbsence call : day.notComing()) {
            assertTrue(day.runs().stream().noneMatch(r -> stopIds(r).contains(call.participantId())));
        }
    }

    @Test
    void aCallTakesTheStopOffAndTheMorningRunLeavesLater() {
        TransportDay before = day();
        RunState morning = run(before, "Ronde 2", RunDirection.MORNING);
        long first = morning.stops().getFirst().participantId();
        LocalTime leftBefore = RunChecks.plan(before, morning, List.of()).timing().departure();

        services.participants().recordAbsence(first, FRIDAY, null, AbsenceReason.ILL, "");

        TransportDay after = day();
        RunState changed = run(after, "Ronde 2", RunDirection.MORNING);
        assertFalse(stopIds(changed).contains(first));
        assertFalse(stopIds(run(after, "Ronde 2", RunDirection.EVENING)).contains(first));
        assertEquals(morning.stops().size() - 1, changed.stops().size());
        assertTrue(RunChecks.plan(after, changed, List.of()).timing().departure().isAfter(leftBefore),
                "without the farthest stop the bus can leave later");
        assertTrue(after.notComing().stream().anyMatch(a -> a.participantId() == first));

        long callId = after.notComing().stream().filter(a -> a.participantId() == first).findFirst().orElseThrow().id();
        services.participants().removeAbsence(callId);
        assertTrue(stopIds(run(day(), "Ronde 2", RunDirection.MORNING)).contains(first), "back on the run");
    }

    @Test
    void aStopMovedByHandStaysAndNewStopsAreFittedIn() {
        TransportDay day = day();
        RunState one = run(day, "Ronde 1", RunDirection.MORNING);
        RunState two = run(day, "Ronde 2", RunDirection.MORNING);
        long moved = two.stops().getLast().participantId();
        List<Long> newOne = new ArrayList<>(stopIds(one));
        newOne.addFirst(moved);
        List<Long> newTwo = new ArrayList<>(stopIds(two));
        newTwo.remove(moved);
        Map<Long, List<Long>> change = new HashMap<>();
        change.put(one.run().id(), newOne);
        change.put(two.run().id(), newTwo);
        services.transport().setStops(FRIDAY, change);

        TransportDay after = day();
        assertEquals(newOne, stopIds(run(after, "Ronde 1", RunDirection.MORNING)), "kept as dragged, after reopening");
        assertEquals(newTwo, stopIds(run(after, "Ronde 2", RunDirection.MORNING)));
        assertTrue(run(after, "Ronde 1", RunDirection.MORNING).run().orderedByHand());

        ParticipantAbsence call = after.notComing().getFirst();
        services.participants().removeAbsence(call.id());
        TransportDay back = day();
        long participantRoute = back.participants().get(call.participantId()).usualRouteId().orElseThrow();
        RunState home = back.runs().stream().filter(r -> r.route().id() == participantRoute
                && r.run().direction() == RunDirection.MORNING).findFirst().orElseThrow();
        assertTrue(stopIds(home).contains(call.participantId()));
        if (home.route().name().equals("Ronde 1")) {
            assertTrue(stopIds(home).containsAll(newOne), "the hand order is kept, the returning person fitted in");
        }
    }

    @Test
    void aRunWithActualsWrittenBackIsKeptAsDrivenWhileTheOthersFollowTheCalls() {
        RunState morning = run(day(), "Ronde 1", RunDirection.MORNING);
        services.transport().recordRunActuals(morning.run().id(), 10_250, 10_291, LocalTime.of(8, 20), LocalTime.of(9, 17));
        long someone = morning.stops().getFirst().participantId();
        services.participants().recordAbsence(someone, FRIDAY, null, AbsenceReason.OTHER, "called late");
        RunState after = run(day(), "Ronde 1", RunDirection.MORNING);
        assertTrue(stopIds(after).contains(someone), "the sheet of a driven run does not change afterwards");
        assertFalse(stopIds(run(day(), "Ronde 1", RunDirection.EVENING)).contains(someone),
                "the evening run, not driven yet, still follows the call");
        assertEquals(Optional.of(10_291), after.run().kmEnd());
        assertThrows(ValidationException.class,
                () -> services.transport().recordRunActuals(morning.run().id(), 500, 400, null, null));
    }

    @Test
    void whatTheDriverWroteIsStoredTogetherOrNotAtAll() {
        RunState morning = run(day(), "Ronde 2", RunDirection.MORNING);
        long first = morning.stops().getFirst().participantId();
        long second = morning.stops().get(1).participantId();
        Map<Long, TransportService.StopActual> stops = Map.of(
                first, new TransportService.StopActual(Optional.of(StopOutcome.DONE), Optional.of(LocalTime.of(8, 14))),
                second, new TransportService.StopActual(Optional.of(StopOutcome.NO_SHOW), Optional.empty()));
        assertThrows(ValidationException.class, () -> services.transport().recordAfterRun(morning.run().id(), 900, 850,
                null, null, stops));
        RunState unchanged = run(day(), "Ronde 2", RunDirection.MORNING);
        assertTrue(unchanged.stops().stream().noneMatch(Stop::hasActuals), "nothing stored of a refused entry");
        assertTrue(unchanged.run().kmStart().isEmpty());

        services.transport().recordAfterRun(morning.run().id(), 850, 893, LocalTime.of(8, 5), LocalTime.of(9, 22), stops);
        RunState after = run(day(), "Ronde 2", RunDirection.MORNING);
        assertEquals(Optional.of(StopOutcome.NO_SHOW), after.stops().get(1).outcome());
        assertEquals(Optional.of(LocalTime.of(8, 14)), after.stops().getFirst().actualTime());
        assertEquals(Optional.of(893), after.run().kmEnd());
        assertEquals(stopIds(morning), stopIds(after), "the order stays");
    }

    @Test
    void theDriverChosenInTransportIsTheDriverOnTheRosterAndBack() {
        RunState morning = run(day(), "Ronde 1", RunDirection.MORNING);
        RosterSlot driverSlot = morning.crew().driverSlot().orElseThrow();
        assertEquals("Ronde 1 ochtend", driverSlot.label());
        long marc = staffId("Marc");
        services.transport().assignCrew(FRIDAY, driverSlot.id(), Optional.of(marc));
        assertEquals(marc, services.roster().open(FRIDAY).assignmentAt(driverSlot.id(), 0).orElseThrow().staffId(),
                "the roster board shows the same driver");

        long companionSlot = morning.crew().companionSlot().orElseThrow().id();
        var board = services.roster().open(FRIDAY);
        List<be.dagpuzzel.roster.Assignment> assignments = new ArrayList<>(board.assignments());
        assignments.add(new be.dagpuzzel.roster.Assignment(companionSlot, 0, staffId("Tom"), true));
        services.roster().setAssignments(FRIDAY, assignments);
        RunState after = run(day(), "Ronde 1", RunDirection.MORNING);
        assertEquals("Tom Willems", day().staffName(after.crew().companionId()), "assigned on the board, seen here");
    }

    @Test
    void aLearnerDriverWithoutACompanionIsFlaggedByTheRosterRule() {
        TransportDay day = day();
        RunState morning = run(day, "Ronde 2", RunDirection.MORNING);
        services.transport().assignCrew(FRIDAY, morning.crew().driverSlot().orElseThrow().id(),
                Optional.of(staffId("Hassan")));
        TransportDay after = day();
        List<RuleMatch> matches = RosterRules.firstFitOnly().check(PlanBuilder.build(after.roster())).stream()
                .map(RosterRules.Finding::match).toList();
        PlannedRun planned = RunChecks.plan(after, run(after, "Ronde 2", RunDirection.MORNING), matches);
        assertTrue(planned.problems().stream().anyMatch(p -> p.kind() == RunProblem.Kind.LEARNER_DRIVER_NEEDS_COMPANION),
                planned.problems().toString());
    }

    @Test
    void seatsWheelchairPlacesAndTheLiftAreCheckedSeparately() {
        TransportDay day = day();
        RunState morning = run(day, "Ronde 2", RunDirection.MORNING);
        Vehicle car = day.vehicles().stream().filter(v -> v.name().equals("Reservewagen")).findFirst().orElseThrow();
        services.transport().setVehicle(morning.run().id(), Optional.of(car.id()));
        long wheelchairUser = services.participants().all().stream()
                .filter(p -> p.aid() == MobilityAid.WHEELCHAIR_STAYS && p.usualRouteId().equals(Optional.of(morning.route().id())))
                .findFirst().orElseThrow().id();
        services.participants().addExtraDay(wheelchairUser, FRIDAY);
        TransportDay after = day();
        PlannedRun planned = RunChecks.plan(after, run(after, "Ronde 2", RunDirection.MORNING), List.of());
        Set<RunProblem.Kind> kinds = new HashSet<>();
        planned.problems().forEach(p -> kinds.add(p.kind()));
        assertTrue(kinds.contains(RunProblem.Kind.TOO_MANY_SEATED), kinds.toString());
        assertTrue(kinds.contains(RunProblem.Kind.NEEDS_LIFT), kinds.toString());
        assertTrue(kinds.contains(RunProblem.Kind.TOO_MANY_WHEELCHAIRS), kinds.toString());
        assertTrue(planned.hasSeriousProblem());
    }

    @Test
    void aRouteOwnsTheRosterPlacesThatStartWithItsNameAndNotThoseOfRonde10() {
        Route ronde1 = new Route(1, "Ronde 1", Optional.empty(), LocalTime.of(9, 0), LocalTime.of(16, 0), true);
        RosterSlot morning = new RosterSlot(1, FRIDAY, 1, "Ronde 1 ochtend", new TimeRange(LocalTime.of(7, 30),
                LocalTime.of(9, 30)), 1, 1, Optional.empty());
        RosterSlot ten = new RosterSlot(2, FRIDAY, 1, "Ronde 10 ochtend", morning.hours(), 1, 1, Optional.empty());
        RosterSlot evening = new RosterSlot(3, FRIDAY, 1, "ronde 1 avond", new TimeRange(LocalTime.of(15, 30),
                LocalTime.of(17, 0)), 1, 1, Optional.empty());
        assertTrue(TransportService.belongsTo(morning, ronde1, RunDirection.MORNING));
        assertFalse(TransportService.belongsTo(ten, ronde1, RunDirection.MORNING));
        assertFalse(TransportService.belongsTo(evening, ronde1, RunDirection.MORNING));
        assertTrue(TransportService.belongsTo(evening, ronde1, RunDirection.EVENING));
    }

    @Test
    void aRunWithoutRosterPlacesGetsThemAddedUnderItsName() {
        Route ronde3 = services.transport().saveRoute(new Route(0, "Ronde 3", Optional.empty(), LocalTime.of(9, 30),
                LocalTime.of(16, 15), true));
        RunState run = run(day(), "Ronde 3", RunDirection.MORNING);
        assertTrue(run.crew().driverSlot().isEmpty());
        services.transport().addRosterPlaces(FRIDAY, run.run().id(), "Ronde 3 ochtend", LocalTime.of(8, 0),
                LocalTime.of(9, 45));
        RunState after = run(day(), "Ronde 3", RunDirection.MORNING);
        assertTrue(after.crew().driverSlot().isPresent());
        assertTrue(after.crew().companionSlot().isPresent());
        assertEquals(ronde3.id(), after.route().id());
    }

    @Test
    void vehiclesAndRoutesAreChecked() {
        ValidationException e = assertThrows(ValidationException.class,
                () -> services.transport().saveVehicle(new Vehicle(0, "", "", 0, 0, VehicleAccess.NONE, true)));
        assertTrue(e.errorFor(TransportService.FIELD_NAME).isPresent());
        assertTrue(e.errorFor(TransportService.FIELD_SEATS).isPresent());
        assertThrows(ValidationException.class, () -> services.transport().saveRoute(new Route(0, "ronde 1",
                Optional.empty(), LocalTime.of(9, 0), LocalTime.of(16, 0), true)), "the name is taken");
    }
}
