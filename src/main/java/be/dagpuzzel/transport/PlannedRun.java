package be.dagpuzzel.transport;

import java.util.List;

/** A run with its stops in order, their planned times and the problems found. */
public record PlannedRun(RunState state, List<StopInput> stops, TimedRun timing, List<RunProblem> problems) {

    public PlannedRun {
        stops = List.copyOf(stops);
        problems = List.copyOf(problems);
    }

    public boolean hasSeriousProblem() {
        return problems.stream().anyMatch(p -> p.kind().serious());
    }
}
