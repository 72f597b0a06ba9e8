package be.dagpuzzel.transport;

import java.time.LocalDate;

/** "Not coming" from {@code from} to {@code to} (the same day for a single call). */
public record ParticipantAbsence(long id, long participantId, LocalDate from, LocalDate to, AbsenceReason reason,
                                 String note) {

    public ParticipantAbsence {
        note = note == null ? "" : note.strip();
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
