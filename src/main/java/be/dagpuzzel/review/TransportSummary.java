package be.dagpuzzel.review;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.PlannedRun;
import be.dagpuzzel.transport.Run;
import be.dagpuzzel.transport.RunChecks;
import be.dagpuzzel.transport.RunDirection;
import be.dagpuzzel.transport.Stop;
import be.dagpuzzel.transport.StopOutcome;
import be.dagpuzzel.transport.TransportDay;

/** The day's transport in a few lines: per run the kilometres and times as written back, and who was not there. */
public record TransportSummary(List<RunLine> runs, List<NoShow> noShows) {

    /** Leaving more than this after the planned time counts as a late departure. */
    public static final int LATE_MINUTES = 5;

    public static final TransportSummary NONE = new TransportSummary(List.of(), List.of());

    public TransportSummary {
        runs = List.copyOf(runs);
        noShows = List.copyOf(noShows);
    }

    /** The summary of a day's runs: planned departures from the run timing, the rest as written back. */
    public static TransportSummary of(TransportDay day) {
        List<RunLine> runs = new java.util.ArrayList<>();
        List<NoShow> noShows = new java.util.ArrayList<>();
        for (PlannedRun planned : RunChecks.plan(day, List.of())) {
            Run run = planned.state().run();
            String route = planned.state().route().name();
            Optional<Integer> km = run.kmStart().isPresent() && run.kmEnd().isPresent()
                    ? Optional.of(run.kmEnd().get() - run.kmStart().get()) : Optional.empty();
            runs.add(new RunLine(route, run.direction(), planned.state().stops().size(), planned.timing().departure(),
                    km, run.actualDeparture(), run.actualArrival()));
            for (Stop stop : planned.state().stops()) {
                if (stop.outcome().filter(o -> o == StopOutcome.NO_SHOW).isPresent()) {
                    Participant p = day.participants().get(stop.participantId());
                    noShows.add(new NoShow(stop.participantId(), p == null ? "?" : p.fullName(), route,
                            run.direction()));
                }
            }
        }
        return new TransportSummary(runs, noShows);
    }

    /** Kilometres driven on the runs that have both readings. */
    public int kilometres() {
        return runs.stream().mapToInt(r -> r.km().orElse(0)).sum();
    }

    public long lateDepartures() {
        return runs.stream().filter(RunLine::late).count();
    }

    /** One run: its planned departure, and what was written on the sheet after it. */
    public record RunLine(String route, RunDirection direction, int stops, LocalTime plannedDeparture,
                          Optional<Integer> km, Optional<LocalTime> actualDeparture, Optional<LocalTime> actualArrival) {

        public RunLine {
            km = km == null ? Optional.empty() : km;
            actualDeparture = actualDeparture == null ? Optional.empty() : actualDeparture;
            actualArrival = actualArrival == null ? Optional.empty() : actualArrival;
        }

        /** Minutes it left after the planned time (0 when on time or not written). */
        public int minutesLate() {
            return actualDeparture.map(t -> (int) Math.max(0, Duration.between(plannedDeparture, t).toMinutes()))
                    .orElse(0);
        }

        public boolean late() {
            return minutesLate() > LATE_MINUTES;
        }

        /** Nothing was written back for this run yet. */
        public boolean unwritten() {
            return km.isEmpty() && actualDeparture.isEmpty() && actualArrival.isEmpty();
        }
    }

    /** A participant ticked "not there" on a run. */
    public record NoShow(long participantId, String name, String route, RunDirection direction) {
    }
}
