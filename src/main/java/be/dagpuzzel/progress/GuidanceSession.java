package be.dagpuzzel.progress;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Hours of guidance (begeleiding) given to a worker on a day. */
public record GuidanceSession(long id, long staffId, LocalDate heldOn, BigDecimal hours, String note) {

    public GuidanceSession {
        hours = hours.stripTrailingZeros();
        note = note == null ? "" : note.strip();
    }
}
