package be.dagpuzzel.review.view;

import java.time.LocalDate;

/** What the review screens show, as plain lines the views lay out. */
public final class ReviewModels {

    private ReviewModels() {
    }

    /** Someone to choose in a list: a staff member, or (with {@code participant}) a participant. */
    public record Person(long id, String name, boolean participant) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** An incident in a list: time, kind, what happened, who, and its follow-up. */
    public record IncidentLine(long id, String heading, String text, String people, boolean followUpNeeded,
                               boolean followUpDone) {
    }

    /** A reminder in a list: its text, for whom, due when, and whether it is ticked off. */
    public record ReminderLine(long id, String text, String forWhom, String due, boolean done) {
    }

    /** A point of attention from the day before, for someone who is here today. */
    public record AttentionLine(String name, String task, String note) {
    }

    /** A past day still waiting for its review. */
    public record DayLine(LocalDate date, String text) {
    }

    /** A search result, with the date to go to. */
    public record HitLine(LocalDate date, String heading, String text) {
    }
}
