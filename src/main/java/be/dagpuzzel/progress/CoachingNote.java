package be.dagpuzzel.progress;

import java.time.LocalDate;

/**
 * A note of the coach about a worker. Confidential unless marked otherwise: shown on the progress
 * page and printed on the progress report only.
 */
public record CoachingNote(long id, long staffId, LocalDate writtenOn, String note, boolean confidential,
                           String writtenBy) {

    public static final int NOTE_MAX = 4000;

    public CoachingNote {
        note = note == null ? "" : note.strip();
        writtenBy = writtenBy == null ? "" : writtenBy.strip();
    }
}
