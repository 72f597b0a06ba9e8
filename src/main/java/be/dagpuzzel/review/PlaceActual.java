package be.dagpuzzel.review;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * What really happened on one place of the day's roster, where it differs from the plan: who did
 * it instead, the time it really started (late) or ended (early), and a note. Empty when the
 * place went as planned.
 */
public record PlaceActual(LocalDate date, long slotId, int position, Optional<Long> actualStaffId,
                          Optional<LocalTime> start, Optional<LocalTime> end, String note) {

    public PlaceActual {
        actualStaffId = actualStaffId == null ? Optional.empty() : actualStaffId;
        start = start == null ? Optional.empty() : start;
        end = end == null ? Optional.empty() : end;
        note = note == null ? "" : note.strip();
    }

    /** As planned: nothing to store. */
    public static PlaceActual asPlanned(LocalDate date, long slotId, int position) {
        return new PlaceActual(date, slotId, position, Optional.empty(), Optional.empty(), Optional.empty(), "");
    }

    public boolean isAsPlanned() {
        return actualStaffId.isEmpty() && start.isEmpty() && end.isEmpty() && note.isEmpty();
    }
}
