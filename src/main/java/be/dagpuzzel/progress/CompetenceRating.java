package be.dagpuzzel.progress;

import java.time.LocalDate;

/** A competence level (1 = not yet .. 4 = steady and independent) given on a date. */
public record CompetenceRating(long id, long staffId, long competenceId, LocalDate ratedOn, int level, String note,
                               String ratedBy) {

    public CompetenceRating {
        note = note == null ? "" : note.strip();
        ratedBy = ratedBy == null ? "" : ratedBy.strip();
    }
}
