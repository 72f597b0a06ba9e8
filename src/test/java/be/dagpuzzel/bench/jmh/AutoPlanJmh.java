package be.dagpuzzel.bench.jmh;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import be.dagpuzzel.roster.rules.RosterPlan;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.roster.rules.Worker;

/**
 * Auto-plan on made-up days of 10 to 200 people ({@link SyntheticDays#roster}, seed 42, 20 % more
 * places than people) with the board's own settings: it stops after 2 s, or after 0.5 s without a
 * better plan. Each call plans a fresh copy of the day, timed once. Targets: 25 people within 1 s,
 * 200 within 10 s.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.util.logging.config.file=/dev/null",
    "--enable-native-access=ALL-UNNAMED"})
public class AutoPlanJmh {

    @State(Scope.Benchmark)
    public static class Day {
        @Param({"10", "25", "50", "100", "200"})
        public int people;

        RosterRules rules;
        RosterPlan plan;

        @Setup(Level.Trial)
        public void rules() {
            rules = new RosterRules(Duration.ofSeconds(2)); // the board's own setting
        }

        @Setup(Level.Iteration)
        public void day() {
            plan = SyntheticDays.roster(people, people + people / 5, new Random(42));
        }
    }

    /** The warning re-check after one edit on a made-up day of 25 people and 30 places (the figure the old RosterBenchmark main gave). */
    @State(Scope.Thread)
    public static class Edited {
        RosterRules rules;
        RosterPlan plan;
        Random random;

        @Setup(Level.Trial)
        public void day() {
            rules = new RosterRules(Duration.ofSeconds(2));
            plan = SyntheticDays.roster(25, 30, new Random(42));
            random = new Random(7);
        }
    }

    @Benchmark
    public RosterPlan autoPlan(Day day) {
        return day.rules.autoPlan(day.plan, () -> false, score -> { });
    }

    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @Warmup(iterations = 3, time = 1)
    @Measurement(iterations = 5, time = 1)
    public List<RosterRules.Finding> recheck25People(Edited e) {
        List<Worker> workers = e.plan.getWorkers();
        e.plan.getSeats().get(e.random.nextInt(e.plan.getSeats().size()))
                .setWorker(workers.get(e.random.nextInt(workers.size())));
        return e.rules.check(e.plan);
    }
}
