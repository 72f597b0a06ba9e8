package be.dagpuzzel.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import be.dagpuzzel.core.Coordinates;

class RunPlannerTest {

    private static final Coordinates CENTRE = new Coordinates(51.0, 3.8);
    /** Road factor 1 at 60 km/h: one minute per kilometre, so expected times are easy to write down. */
    private static final TransportSettings SIMPLE = new TransportSettings(1.0, 60, 60, 5);
    private static final double KM_NORTH = 1 / 111.195;

    private final RunPlanner planner = new RunPlanner(new Travel(SIMPLE));

    private static StopInput north(long id, double km, int load) {
        return new StopInput(id, "P" + id, Optional.of(new Coordinates(CENTRE.latitude() + km * KM_NORTH,
                CENTRE.longitude())), load, Optional.empty());
    }

    @Test
    void theMorningRunArrivesOnTimeCountingBackFromTheCentre() {
        StopInput far = north(1, 6, 2);
        StopInput near = north(2, 3, 2);
        TimedRun run = planner.time(RunDirection.MORNING, LocalTime.of(9, 0), Optional.of(CENTRE), List.of(far, near));
        assertEquals(LocalTime.of(8, 50), run.stops().get(0).planned());
        assertEquals(LocalTime.of(8, 55), run.stops().get(1).planned());
        assertEquals(LocalTime.of(8, 44), run.departure(), "leaves the centre 6 minutes before the farthest stop");
        assertEquals(LocalTime.of(9, 0), run.arrival());
        assertEquals(10, run.stops().get(0).rideMinutes());
        assertEquals(5, run.stops().get(1).rideMinutes());
    }

    @Test
    void theEveningRunCountsForwardFromTheDepartureWithUnloadingTime() {
        StopInput near = north(2, 3, 2);
        StopInput far = north(1, 6, 2);
        TimedRun run = planner.time(RunDirection.EVENING, LocalTime.of(16, 0), Optional.of(CENTRE), List.of(near, far));
        assertEquals(LocalTime.of(16, 3), run.stops().get(0).planned());
        assertEquals(LocalTime.of(16, 8), run.stops().get(1).planned());
        assertEquals(LocalTime.of(16, 16), run.arrival(), "back at the centre after the last stop");
        assertEquals(5, run.stops().get(0).rideMinutes());
        assertEquals(10, run.stops().get(1).rideMinutes());
        assertEquals(LocalTime.of(16, 8), run.end(RunDirection.EVENING));
    }

    @Test
    void anAddressWithoutCoordinatesCountsTheSettingsMinutesAndIsMarkedAsAnEstimate() {
        StopInput unknown = new StopInput(3, "P3", Optional.empty(), 2, Optional.empty());
        TimedRun run = planner.time(RunDirection.MORNING, LocalTime.of(9, 0), Optional.of(CENTRE), List.of(unknown));
        assertEquals(LocalTime.of(8, 53), run.stops().getFirst().planned(), "5 minutes to the centre, 2 to load");
        assertTrue(run.stops().getFirst().estimated());
        TimedRun known = planner.time(RunDirection.MORNING, LocalTime.of(9, 0), Optional.of(CENTRE),
                List.of(north(1, 3, 2)));
        assertFalse(known.stops().getFirst().estimated());
    }

    @Test
    void byDefaultTheMorningPicksUpTheFarthestFirstAndTheEveningDropsTheNearestFirst() {
        List<StopInput> stops = List.of(north(1, 2, 2), north(2, 8, 2), north(3, 5, 2));
        assertEquals(List.of(2L, 3L, 1L), ids(planner.defaultOrder(RunDirection.MORNING, Optional.of(CENTRE), stops)));
        assertEquals(List.of(1L, 3L, 2L), ids(planner.defaultOrder(RunDirection.EVENING, Optional.of(CENTRE), stops)));
    }

    @Test
    void aUsualStopOrderGoesFirst() {
        StopInput fixed = new StopInput(9, "P9", north(9, 1, 2).at(), 2, Optional.of(1));
        List<StopInput> stops = List.of(north(1, 2, 2), north(2, 8, 2), fixed);
        assertEquals(9L, planner.defaultOrder(RunDirection.MORNING, Optional.of(CENTRE), stops).getFirst().participantId());
    }

    @Test
    void optimisingUpToTwelveStopsFindsTheShortestPath() {
        Random random = new Random(7);
        for (int round = 0; round < 5; round++) {
            List<StopInput> stops = randomStops(random, 7);
            List<StopInput> best = planner.optimise(RunDirection.MORNING, Optional.of(CENTRE), stops);
            double bruteForce = shortest(stops, new ArrayList<>(), new HashSet<>());
            assertEquals(bruteForce, planner.pathMinutes(RunDirection.MORNING, Optional.of(CENTRE), best), 1e-6);
            List<StopInput> evening = planner.optimise(RunDirection.EVENING, Optional.of(CENTRE), stops);
            assertEquals(bruteForce, planner.pathMinutes(RunDirection.EVENING, Optional.of(CENTRE), evening), 1e-6);
        }
    }

    @Test
    void beyondTwelveStopsTheHeuristicVisitsEveryoneAndBeatsTheDefaultOrder() {
        Random random = new Random(11);
        List<StopInput> stops = randomStops(random, 25);
        List<StopInput> optimised = planner.optimise(RunDirection.MORNING, Optional.of(CENTRE), stops);
        assertEquals(new HashSet<>(ids(stops)), new HashSet<>(ids(optimised)));
        assertEquals(25, optimised.size());
        double byDefault = planner.pathMinutes(RunDirection.MORNING, Optional.of(CENTRE),
                planner.defaultOrder(RunDirection.MORNING, Optional.of(CENTRE), stops));
        assertTrue(planner.pathMinutes(RunDirection.MORNING, Optional.of(CENTRE), optimised) <= byDefault + 1e-9);
    }

    @Test
    void aNewStopGoesWhereItAddsTheLeastTravel() {
        List<StopInput> run = List.of(north(1, 9, 2), north(2, 3, 2));
        assertEquals(1, planner.bestInsertion(RunDirection.MORNING, Optional.of(CENTRE), run, north(3, 6, 2)));
        assertEquals(0, planner.bestInsertion(RunDirection.MORNING, Optional.of(CENTRE), run, north(4, 12, 2)));
    }

    private List<StopInput> randomStops(Random random, int n) {
        List<StopInput> stops = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            stops.add(new StopInput(i + 1, "P" + i, Optional.of(new Coordinates(CENTRE.latitude()
                    + (random.nextDouble() - 0.5) * 0.1, CENTRE.longitude() + (random.nextDouble() - 0.5) * 0.15)), 2,
                    Optional.empty()));
        }
        return stops;
    }

    /** Every order, the morning way (ending at the centre). */
    private double shortest(List<StopInput> stops, List<StopInput> path, java.util.Set<Long> used) {
        if (path.size() == stops.size()) {
            return planner.pathMinutes(RunDirection.MORNING, Optional.of(CENTRE), path);
        }
        double best = Double.MAX_VALUE;
        for (StopInput s : stops) {
            if (used.add(s.participantId())) {
                path.add(s);
                best = Math.min(best, shortest(stops, path, used));
                path.removeLast();
                used.remove(s.participantId());
            }
        }
        return best;
    }

    private static List<Long> ids(List<StopInput> stops) {
        return stops.stream().map(StopInput::participantId).toList();
    }
}
