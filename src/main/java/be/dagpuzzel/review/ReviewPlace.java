package be.dagpuzzel.review;

import java.util.Optional;

import be.dagpuzzel.roster.RosterSlot;

/** One place of the day's roster as planned, with what really happened there next to it. */
public record ReviewPlace(RosterSlot slot, int position, Optional<Long> plannedStaffId, PlaceActual actual) {

    public ReviewPlace {
        plannedStaffId = plannedStaffId == null ? Optional.empty() : plannedStaffId;
    }

    /** Who really did it: the one written in the actual, else the one planned. */
    public Optional<Long> doneBy() {
        return actual.actualStaffId().or(() -> plannedStaffId);
    }

    /** Someone else did it than the one planned. */
    public boolean replaced() {
        return actual.actualStaffId().isPresent() && !actual.actualStaffId().equals(plannedStaffId);
    }
}
