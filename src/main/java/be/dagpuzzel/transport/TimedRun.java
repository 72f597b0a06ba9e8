package be.dagpuzzel.transport;

import java.time.LocalTime;
import java.util.List;

/**
 * A run's planned times: when the bus leaves the centre, each stop, and when it is back at the
 * centre (morning: the target arrival; evening: after the last stop).
 */
public record TimedRun(LocalTime departure, List<TimedStop> stops, LocalTime arrival) {

    public TimedRun {
        stops = List.copyOf(stops);
    }

    /** The time at the last stop for an evening run, at the centre for a morning run. */
    public LocalTime end(RunDirection direction) {
        return direction == RunDirection.EVENING && !stops.isEmpty() ? stops.getLast().planned() : arrival;
    }
}
