package be.dagpuzzel.progress;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A goal of the personal development plan, optionally about a task type ("should practise the
 * kitchen": while open, the roster's rules try to give them that task) or a competence.
 */
public record PopGoal(long id, long staffId, String description, Optional<Long> taskTypeId,
                      Optional<Long> competenceId, LocalDate setOn, Optional<LocalDate> targetDate,
                      GoalStatus status, Optional<LocalDate> closedOn) {

    public static final int DESCRIPTION_MAX = 500;

    public PopGoal {
        description = description == null ? "" : description.strip();
        taskTypeId = taskTypeId == null ? Optional.empty() : taskTypeId;
        competenceId = competenceId == null ? Optional.empty() : competenceId;
        targetDate = targetDate == null ? Optional.empty() : targetDate;
        closedOn = closedOn == null ? Optional.empty() : closedOn;
    }

    /** Open with a target date before {@code today}. */
    public boolean isPastTarget(LocalDate today) {
        return status == GoalStatus.OPEN && targetDate.map(today::isAfter).orElse(false);
    }

    public PopGoal withId(long value) {
        return new PopGoal(value, staffId, description, taskTypeId, competenceId, setOn, targetDate, status, closedOn);
    }
}
