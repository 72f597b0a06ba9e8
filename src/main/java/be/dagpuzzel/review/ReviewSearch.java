package be.dagpuzzel.review;

import java.time.LocalDate;
import java.util.Optional;

/** A search through past reviews: words in the text, about one staff member or participant, in a period. */
public record ReviewSearch(String text, Optional<Long> staffId, Optional<Long> participantId, LocalDate from,
                           LocalDate to) {

    public ReviewSearch {
        text = text == null ? "" : text.strip();
        staffId = staffId == null ? Optional.empty() : staffId;
        participantId = participantId == null ? Optional.empty() : participantId;
    }
}
