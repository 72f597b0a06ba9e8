package be.dagpuzzel.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.Coordinates;
import be.dagpuzzel.roster.DayBoard;
import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.RunChecks;
import be.dagpuzzel.transport.RunCrew;
import be.dagpuzzel.transport.RunDirection;
import be.dagpuzzel.transport.RunPlanner;
import be.dagpuzzel.transport.Route;
import be.dagpuzzel.transport.Run;
import be.dagpuzzel.transport.RunState;
import be.dagpuzzel.transport.Stop;
import be.dagpuzzel.transport.StopInput;
import be.dagpuzzel.transport.TransportDay;
import be.dagpuzzel.transport.TransportSettings;
import be.dagpuzzel.transport.Travel;
import be.dagpuzzel.transport.Vehicle;
import be.dagpuzzel.transport.VehicleAccess;

/**
 * Measures what the transport view does on every change (deterministic, seed 27): re-timing and
 * re-checking all runs of a day after a stop moved (5 routes, morning and evening, 10 stops each),
 * and finding the shortest order of one run (exact at 12 stops, the heuristic at 25). Not a test;
 * run it with the command in docs/performance.md.
 */
public final class TransportBenchmark {

    private static final Coordinates CENTRE = new Coordinates(51.0234, 3.8121);

    private TransportBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version"));
        TransportDay day = day(5, 10);
        measure("re-time and re-check a day, 10 runs x 10 stops", 2000, () -> RunChecks.plan(day, List.of()));
        RunPlanner planner = new RunPlanner(new Travel(TransportSettings.DEFAULTS));
        List<StopInput> twelve = inputs(day, 12, new Random(1));
        measure("shortest order, 12 stops (exact)", 200,
                () -> planner.optimise(RunDirection.MORNING, Optional.of(CENTRE), twelve));
        List<StopInput> twentyFive = inputs(day, 25, new Random(2));
        measure("shortest order, 25 stops (heuristic)", 500,
                () -> planner.optimise(RunDirection.MORNING, Optional.of(CENTRE), twentyFive));
    }

    private static void measure(String what, int rounds, Runnable work) {
        for (int i = 0; i < rounds / 2; i++) {
            work.run();
        }
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.run();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("%s: median %.3f ms, p95 %.3f ms, max %.3f ms%n", what, times[rounds / 2] / 1e6,
                times[rounds * 95 / 100] / 1e6, times[rounds - 1] / 1e6);
    }

    private static List<StopInput> inputs(TransportDay day, int n, Random random) {
        List<Participant> people = new ArrayList<>(day.participants().values());
        java.util.Collections.shuffle(people, random);
        return people.stream().limit(n).map(StopInput::of).toList();
    }

    static TransportDay day(int routes, int stopsPerRun) {
        Random random = new Random(27);
        LocalDate date = LocalDate.of(2026, 11, 27);
        Map<Long, Participant> people = new HashMap<>();
        List<Vehicle> vehicles = new ArrayList<>();
        List<RunState> runs = new ArrayList<>();
        long id = 1;
        for (int r = 0; r < routes; r++) {
            vehicles.add(new Vehicle(r + 1, "Bus " + (r + 1), "", 9, 2, VehicleAccess.LIFT, true));
            Route route = new Route(r + 1, "Ronde " + (r + 1), Optional.of((long) r + 1), LocalTime.of(9, 15),
                    LocalTime.of(16, 0), true);
            List<Stop> morning = new ArrayList<>();
            List<Stop> evening = new ArrayList<>();
            for (int s = 0; s < stopsPerRun; s++) {
                long pid = id++;
                people.put(pid, new Participant(pid, "Persoon", "P" + pid, new Address("Kerkstraat", "" + pid, "9299",
                        "Lindegem"), Optional.of(new Coordinates(CENTRE.latitude() + (random.nextDouble() - 0.5) * 0.1,
                        CENTRE.longitude() + (random.nextDouble() - 0.5) * 0.15)), "", "", "", date.minusYears(1),
                        Optional.empty(), s % 7 == 3 ? MobilityAid.WHEELCHAIR_STAYS : MobilityAid.NONE, 2, false, "",
                        Optional.of((long) r + 1), Optional.empty(), "", false));
                morning.add(new Stop(2L * r + 1, pid, s, Optional.empty(), Optional.empty()));
                evening.add(new Stop(2L * r + 2, pid, stopsPerRun - s - 1, Optional.empty(), Optional.empty()));
            }
            runs.add(new RunState(new Run(2L * r + 1, date, route.id(), RunDirection.MORNING, route.vehicleId(), false,
                    null, null, null, null), route, morning, RunCrew.NONE));
            runs.add(new RunState(new Run(2L * r + 2, date, route.id(), RunDirection.EVENING, route.vehicleId(), false,
                    null, null, null, null), route, evening.reversed(), RunCrew.NONE));
        }
        DayBoard board = new DayBoard(date, true, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Map.of(), Map.of(), Map.of(), List.of(), Optional.empty());
        return new TransportDay(date, "De Linde", Optional.of(CENTRE), TransportSettings.DEFAULTS, vehicles, runs, people,
                List.of(), List.of(), board);
    }
}
