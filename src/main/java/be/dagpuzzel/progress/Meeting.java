package be.dagpuzzel.progress;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A functioning or evaluation meeting: planned on a date, held on a date; the notes are
 * confidential coaching notes (printed only on the progress report), the agreements what was agreed.
 */
public record Meeting(long id, long staffId, MeetingKind kind, LocalDate plannedOn, Optional<LocalDate> heldOn,
                      String notes, String agreements) {

    public static final int NOTES_MAX = 4000;
    public static final int AGREEMENTS_MAX = 2000;

    public Meeting {
        heldOn = heldOn == null ? Optional.empty() : heldOn;
        notes = notes == null ? "" : notes.strip();
        agreements = agreements == null ? "" : agreements.strip();
    }

    public boolean isHeld() {
        return heldOn.isPresent();
    }

    /** The day it counts for: held, else planned. */
    public LocalDate day() {
        return heldOn.orElse(plannedOn);
    }

    public Meeting withId(long value) {
        return new Meeting(value, staffId, kind, plannedOn, heldOn, notes, agreements);
    }
}
