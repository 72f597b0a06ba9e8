package be.dagpuzzel.review;

import java.time.LocalDate;
import java.util.List;

/** One thing found by a search: what it is, its date, its text and the people it is about. */
public record ReviewHit(Kind kind, LocalDate date, long id, String text, List<String> people) {

    /** Where the text was written. */
    public enum Kind {
        FEEDBACK, INCIDENT, REMINDER, PLACE_NOTE;

        public String messageKey() {
            return "review.search.kind." + name();
        }
    }

    public ReviewHit {
        people = List.copyOf(people);
    }
}
