package be.dagpuzzel.transport;

import java.time.LocalTime;
import java.util.Optional;

/** A participant on a run, at a position; outcome and actual time are written after the run. */
public record Stop(long runId, long participantId, int position, Optional<StopOutcome> outcome,
                   Optional<LocalTime> actualTime) {

    public Stop {
        outcome = outcome == null ? Optional.empty() : outcome;
        actualTime = actualTime == null ? Optional.empty() : actualTime;
    }

    /** Something was written for this stop after the run: it stays even if the person cancels later. */
    public boolean hasActuals() {
        return outcome.isPresent() || actualTime.isPresent();
    }
}
