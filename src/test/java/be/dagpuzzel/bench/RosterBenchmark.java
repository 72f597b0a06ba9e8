package be.dagpuzzel.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.roster.rules.OnboardingStage;
import be.dagpuzzel.roster.rules.RosterPlan;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.roster.rules.Seat;
import be.dagpuzzel.roster.rules.SlotInfo;
import be.dagpuzzel.roster.rules.TaskRole;
import be.dagpuzzel.roster.rules.Worker;
import be.dagpuzzel.staff.Preference;

/**
 * Measures the planning rules on synthetic days (deterministic, seed 42): the warning re-check
 * after one edit, and auto-plan with the board's own settings for 10 to 200 people. Not a test;
 * run it with the command in docs/performance.md.
 */
public final class RosterBenchmark {

    private static final long DRIVING = 1;
    private static final long COMPANION = 2;
    private static final long[] OTHER_TASKS = {3, 4, 5, 6};
    private static final long LICENCE = 10;
    private static final long LIFT = 11;

    private RosterBenchmark() {
    }

    public static void main(String[] args) {
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version"));
        RosterRules rules = new RosterRules(Duration.ofSeconds(2));
        recheck(rules, 25, 30);
        int[] sizes = args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                : new int[] {10, 25, 50, 100, 200};
        for (int people : sizes) {
            autoPlan(people);
        }
    }

    /** Warning re-check after one edit: what the board runs after every change. */
    private static void recheck(RosterRules rules, int people, int seats) {
        RosterPlan plan = day(people, seats, new Random(42));
        Random random = new Random(7);
        List<Worker> workers = plan.getWorkers();
        for (int i = 0; i < 200; i++) { // warm-up
            plan.getSeats().get(random.nextInt(seats)).setWorker(workers.get(random.nextInt(people)));
            rules.check(plan);
        }
        long[] times = new long[500];
        for (int i = 0; i < times.length; i++) {
            plan.getSeats().get(random.nextInt(seats)).setWorker(workers.get(random.nextInt(people)));
            long start = System.nanoTime();
            rules.check(plan);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("re-check of all warnings after one edit (%d people, %d places): median %.2f ms, p95 %.2f ms%n",
                people, seats, times[times.length / 2] / 1e6, times[times.length * 95 / 100] / 1e6);
    }

    private static void autoPlan(int people) {
        int seats = people + people / 5;
        RosterPlan plan = day(people, seats, new Random(42));
        Duration limit = Duration.ofSeconds(2); // the board's own setting
        RosterRules rules = new RosterRules(limit);
        rules.autoPlan(day(people, seats, new Random(1)), () -> false, s -> { }); // warm-up
        long start = System.nanoTime();
        long[] feasibleAt = {-1};
        RosterPlan solved = rules.autoPlan(plan, () -> false, score -> {
            if (feasibleAt[0] < 0 && score.hardScore() == 0) {
                feasibleAt[0] = System.nanoTime() - start;
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        long open = solved.getSeats().stream().filter(s -> !s.isFilled()).count();
        System.out.printf("auto-plan %3d people, %3d places: no hard problem after %.2f s, done after %.2f s, score %s, %d open%n",
                people, seats, feasibleAt[0] / 1e9, seconds, solved.getScore(), open);
    }

    /** A plausible day: two runs per 12 people, the rest animation, kitchen, care, logistics. */
    static RosterPlan day(int people, int seatCount, Random random) {
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
            TimeRange hours = new TimeRange(java.time.LocalTime.of(startHour, 15), java.time.LocalTime.of(16 + random.nextInt(2), 0));
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
}
