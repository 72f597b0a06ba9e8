package be.dagpuzzel.progress;

import java.time.LocalDate;

/** A worker reached a ladder step on a date, signed off by the nurse or coach. */
public record StepSignoff(long id, long staffId, long stepId, LocalDate signedOn, String signedBy, String note) {

    public StepSignoff {
        signedBy = signedBy == null ? "" : signedBy.strip();
        note = note == null ? "" : note.strip();
    }
}
