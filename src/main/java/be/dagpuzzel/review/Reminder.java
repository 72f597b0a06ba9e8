package be.dagpuzzel.review;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * A note for a later day, written on {@code writtenOn}: for one person, or for the planning when
 * {@code forStaffId} is empty; it shows from its due date on until it is ticked off.
 */
public record Reminder(long id, LocalDate writtenOn, String text, Optional<Long> forStaffId, LocalDate due,
                       boolean done, Optional<LocalDateTime> doneAt) {

    public static final int TEXT_MAX = 500;

    public Reminder {
        text = text == null ? "" : text.strip();
        forStaffId = forStaffId == null ? Optional.empty() : forStaffId;
        doneAt = doneAt == null ? Optional.empty() : doneAt;
    }

    public boolean forPlanning() {
        return forStaffId.isEmpty();
    }
}
