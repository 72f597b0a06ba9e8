package be.dagpuzzel.review;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * An incident on record: when, what kind, what happened, what was done, the participants and staff
 * involved, and whether a follow-up is needed and done. {@code id} is 0 before it is stored.
 */
public record Incident(long id, LocalDate date, Optional<LocalTime> time, IncidentKind kind, String whatHappened,
                       String actionTaken, boolean followUpNeeded, boolean followUpDone, List<Long> participantIds,
                       List<Long> staffIds) {

    public static final int TEXT_MAX = 2000;

    public Incident {
        time = time == null ? Optional.empty() : time;
        whatHappened = whatHappened == null ? "" : whatHappened.strip();
        actionTaken = actionTaken == null ? "" : actionTaken.strip();
        participantIds = List.copyOf(participantIds);
        staffIds = List.copyOf(staffIds);
    }

    /** A follow-up is needed and not yet done: it stays on the morning board. */
    public boolean followUpOpen() {
        return followUpNeeded && !followUpDone;
    }

    public Incident withId(long value) {
        return new Incident(value, date, time, kind, whatHappened, actionTaken, followUpNeeded, followUpDone,
                participantIds, staffIds);
    }
}
