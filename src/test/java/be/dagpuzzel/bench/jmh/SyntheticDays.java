package be.dagpuzzel.bench.jmh;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.Coordinates;
import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.roster.DayBoard;
import be.dagpuzzel.roster.rules.OnboardingStage;
import be.dagpuzzel.roster.rules.RosterPlan;
import be.dagpuzzel.roster.rules.Seat;
import be.dagpuzzel.roster.rules.SlotInfo;
import be.dagpuzzel.roster.rules.TaskRole;
import be.dagpuzzel.roster.rules.Worker;
import be.dagpuzzel.staff.Preference;
import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.Route;
import be.dagpuzzel.transport.Run;
import be.dagpuzzel.transport.RunCrew;
import be.dagpuzzel.transport.RunDirection;
import be.dagpuzzel.transport.RunState;
import be.dagpuzzel.transport.Stop;
import be.dagpuzzel.transport.StopInput;
import be.dagpuzzel.transport.TransportDay;
import be.dagpuzzel.transport.TransportSettings;
import be.dagpuzzel.transport.Vehicle;
import be.dagpuzzel.transport.VehicleAccess;

/** Deterministic made-up days for the benchmarks that need no store: a roster plan and a transport day. */
final class SyntheticDays {

    private static final long DRIVING = 1;
    private static final long COMPANION = 2;
    private static final long[] OTHER_TASKS = {3, 4, 5, 6};
    private static final long LICENCE = 10;
    private static final long LIFT = 11;
    static final Coordinates CENTRE = new Coordinates(51.0234, 3.8121);

    private SyntheticDays() {
    }

    /**
     * A plausible roster day: two bus runs (driver and companion, morning and evening) per 12 people, the
     * other places animation, kitchen, care and logistics; one in ten people away, a third with a driving
     * licence (most of them lift-bus training), likes and dislikes, one in eight still learning to drive.
     */
    static RosterPlan roster(int people, int seatCount, Random random) {
        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Set<Long> skills = new HashSet<>();
            if (random.nextInt(3) == 0) {
                skills.add(LICENCE);
                if (random.nextInt(4) > 0) {
                    skills.add(LIFT);
                }
            }
            boolean here = random.nextInt(10) > 0;
            int startHour = 7 + random.nextInt(2);
            TimeRange hours = new TimeRange(LocalTime.of(startHour, 15), LocalTime.of(16 + random.nextInt(2), 0));
            Map<Long, Preference> prefs = new HashMap<>();
            prefs.put(OTHER_TASKS[random.nextInt(OTHER_TASKS.length)], Preference.LIKES);
            prefs.put(OTHER_TASKS[random.nextInt(OTHER_TASKS.length)], Preference.RATHER_NOT);
            Map<Long, OnboardingStage> stages = random.nextInt(8) == 0 ? Map.of(DRIVING, OnboardingStage.ASSISTED) : Map.of();
            workers.add(new Worker(i + 1, "Worker " + (i + 1), here ? Optional.of(hours) : Optional.empty(),
                    here ? (int) hours.duration().toMinutes() : 0, skills, Set.of(), prefs, stages,
                    Map.of(OTHER_TASKS[random.nextInt(4)], random.nextInt(12)), Map.of()));
        }
        List<Seat> seats = new ArrayList<>();
        int runs = Math.max(1, people / 12);
        long slotId = 1;
        for (int r = 0; r < runs && seats.size() + 4 <= seatCount; r++) {
            String morning = "run " + r + " morning";
            String evening = "run " + r + " evening";
            seats.add(new Seat(new SlotInfo(slotId++, DRIVING, TaskRole.DRIVER, morning, TimeRange.of("07:30", "09:30"),
                    Set.of(LICENCE, LIFT), false, morning), 0, null, false));
            seats.add(new Seat(new SlotInfo(slotId++, COMPANION, TaskRole.BUS_COMPANION, morning,
                    TimeRange.of("07:30", "09:30"), Set.of(), false, morning), 0, null, false));
            seats.add(new Seat(new SlotInfo(slotId++, DRIVING, TaskRole.DRIVER, evening, TimeRange.of("15:30", "17:00"),
                    Set.of(LICENCE, LIFT), false, evening), 0, null, false));
            seats.add(new Seat(new SlotInfo(slotId++, COMPANION, TaskRole.BUS_COMPANION, evening,
                    TimeRange.of("15:30", "17:00"), Set.of(), false, evening), 0, null, false));
        }
        int other = 0;
        while (seats.size() < seatCount) {
            long task = OTHER_TASKS[other++ % OTHER_TASKS.length];
            seats.add(new Seat(new SlotInfo(slotId++, task, TaskRole.OTHER, "task " + task,
                    TimeRange.of("09:30", task == 4 ? "12:00" : "15:00"), Set.of(), task == 3 || task == 4, ""), 0,
                    null, false));
        }
        return new RosterPlan(workers, seats, List.of());
    }

    /** A transport day (seed 27): {@code routes} routes, a morning and an evening run each, around the demo centre. */
    static TransportDay transport(int routes, int stopsPerRun) {
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

    /** {@code n} of the day's participants in a shuffled order, as stops to put in order. */
    static List<StopInput> stops(TransportDay day, int n, Random random) {
        List<Participant> people = new ArrayList<>(day.participants().values());
        java.util.Collections.shuffle(people, random);
        return people.stream().limit(n).map(StopInput::of).toList();
    }
}
