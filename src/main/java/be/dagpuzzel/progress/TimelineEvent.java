package be.dagpuzzel.progress;

import java.time.LocalDate;

/**
 * One moment on a worker's timeline. {@code subject} is what happened, as data for the screen to
 * put in words: a {@link LadderStep} reached, a {@link Meeting} held, a {@code review.Incident}, a
 * {@link TransitionPhase} begun, a {@link PopGoal} set or reached, a {@link Training}, or the
 * {@link Trajectory} for its start and end.
 */
public record TimelineEvent(LocalDate date, Kind kind, Object subject) {

    public enum Kind {
        START, SIGN_OFF, MEETING, INCIDENT, PHASE, GOAL_SET, GOAL_REACHED, TRAINING, END;

        public String messageKey() {
            return "progress.timeline." + name();
        }
    }
}
