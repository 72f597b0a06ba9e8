package be.dagpuzzel.bench.jmh;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import be.dagpuzzel.transport.PlannedRun;
import be.dagpuzzel.transport.RunChecks;
import be.dagpuzzel.transport.RunDirection;
import be.dagpuzzel.transport.RunPlanner;
import be.dagpuzzel.transport.StopInput;
import be.dagpuzzel.transport.TransportDay;
import be.dagpuzzel.transport.TransportSettings;
import be.dagpuzzel.transport.Travel;

/**
 * What the transport view computes after every change, on a made-up day (seed 27: 5 routes, a morning
 * and an evening run each, 10 stops per run): all runs re-timed and re-checked (target 10 ms), and the
 * "Shortest order" button on 12 stops (exact, Held-Karp; target 10 ms) and 25 stops (nearest neighbour
 * and 2-opt). No store, no drawing.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.util.logging.config.file=/dev/null"})
public class TransportRunsJmh {

    @State(Scope.Benchmark)
    public static class Day {
        TransportDay day;
        RunPlanner planner;
        List<StopInput> twelve;
        List<StopInput> twentyFive;

        @Setup(Level.Trial)
        public void day() {
            day = SyntheticDays.transport(5, 10);
            planner = new RunPlanner(new Travel(TransportSettings.DEFAULTS));
            twelve = SyntheticDays.stops(day, 12, new Random(1));
            twentyFive = SyntheticDays.stops(day, 25, new Random(2));
        }
    }

    @Benchmark
    public List<PlannedRun> retimeAndCheckDay(Day d) {
        return RunChecks.plan(d.day, List.of());
    }

    @Benchmark
    public Object shortestOrder12Exact(Day d) {
        return d.planner.optimise(RunDirection.MORNING, Optional.of(SyntheticDays.CENTRE), d.twelve);
    }

    @Benchmark
    public Object shortestOrder25Heuristic(Day d) {
        return d.planner.optimise(RunDirection.MORNING, Optional.of(SyntheticDays.CENTRE), d.twentyFive);
    }
}
