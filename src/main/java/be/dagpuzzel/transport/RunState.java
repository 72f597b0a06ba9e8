package be.dagpuzzel.transport;

import java.util.List;

/** A run as stored, with its route, its stops in order and its roster places. */
public record RunState(Run run, Route route, List<Stop> stops, RunCrew crew) {

    public RunState {
        stops = List.copyOf(stops);
    }

    public String key() {
        return route.name() + " " + run.direction();
    }
}
