package be.dagpuzzel.transport;

import java.util.Optional;

import be.dagpuzzel.core.Coordinates;

/** What ordering and timing need of one stop. */
public record StopInput(long participantId, String name, Optional<Coordinates> at, int loadMinutes,
                        Optional<Integer> usualOrder) {

    public static StopInput of(Participant p) {
        return new StopInput(p.id(), p.lastName() + " " + p.firstName(), p.coordinates(), p.loadMinutes(),
                p.usualStopOrder());
    }
}
