package be.dagpuzzel.staff;

import java.time.LocalDate;
import java.util.Optional;

import be.dagpuzzel.core.TimeRange;

/** An absence as entered, before it is checked and stored. */
public record AbsenceDraft(long staffId, AbsenceKind kind, LocalDate from, LocalDate to,
                           Optional<TimeRange> partOfDay, String note) {

    public AbsenceDraft {
        partOfDay = partOfDay == null ? Optional.empty() : partOfDay;
        note = note == null ? "" : note.strip();
    }

    /** "X calls in sick today": the whole of one day. */
    public static AbsenceDraft wholeDay(long staffId, AbsenceKind kind, LocalDate day) {
        return new AbsenceDraft(staffId, kind, day, day, Optional.empty(), "");
    }
}
