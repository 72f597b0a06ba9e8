package be.dagpuzzel.progress;

import java.time.LocalDate;
import java.util.Optional;

/** One phase of a worker's transition path with its dates (the end open while it runs). */
public record TransitionPhase(long staffId, Phase phase, LocalDate from, Optional<LocalDate> to, String note) {

    public TransitionPhase {
        to = to == null ? Optional.empty() : to;
        note = note == null ? "" : note.strip();
    }

    public boolean runsOn(LocalDate day) {
        return !day.isBefore(from) && to.map(t -> !day.isAfter(t)).orElse(true);
    }
}
