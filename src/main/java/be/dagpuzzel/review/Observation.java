package be.dagpuzzel.review;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One line of feedback on a worker's record: on a date, optionally about one task (its type and
 * the roster labels it covered), went well or a point of attention, with a sentence. {@code id}
 * is 0 for a line not yet stored.
 */
public record Observation(long id, LocalDate date, long staffId, Optional<Long> taskTypeId, String taskLabel,
                          Rating rating, String note) {

    public static final int NOTE_MAX = 1000;

    public Observation {
        taskTypeId = taskTypeId == null ? Optional.empty() : taskTypeId;
        taskLabel = taskLabel == null ? "" : taskLabel.strip();
        rating = rating == null ? Rating.WELL : rating;
        note = note == null ? "" : note.strip();
    }

    public Observation with(Rating value, String text) {
        return new Observation(id, date, staffId, taskTypeId, taskLabel, value, text);
    }

    public Observation withId(long value) {
        return new Observation(value, date, staffId, taskTypeId, taskLabel, rating, note);
    }
}
