package be.dagpuzzel.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a worker stands on the ladder of one task type: the steps, the sign-offs by step id, the
 * step reached (the highest signed off), the next step, and from when the next step is due by the
 * guide (the day the current step was reached plus its usual days).
 */
public record LadderStanding(long taskTypeId, List<LadderStep> steps, Map<Long, StepSignoff> signoffs) {

    public LadderStanding {
        steps = List.copyOf(steps);
        signoffs = Map.copyOf(signoffs);
    }

    public Optional<LadderStep> current() {
        return steps.stream().filter(s -> signoffs.containsKey(s.id())).reduce((a, b) -> b);
    }

    public Optional<StepSignoff> currentSignoff() {
        return current().map(s -> signoffs.get(s.id()));
    }

    /** The first step above the current one; the first step when none is reached yet. */
    public Optional<LadderStep> next() {
        Optional<LadderStep> current = current();
        return steps.stream().filter(s -> current.map(c -> s.order() > c.order()).orElse(true)).findFirst();
    }

    /** Started and not yet at the last step. */
    public boolean isLearning() {
        return current().isPresent() && next().isPresent();
    }

    /** The day the next step is due for sign-off by the guide; empty when not learning or without a guide. */
    public Optional<LocalDate> nextDueOn() {
        if (!isLearning()) {
            return Optional.empty();
        }
        LadderStep step = current().orElseThrow();
        return step.guideDays().map(days -> signoffs.get(step.id()).signedOn().plusDays(days));
    }

    /** Days on the current step up to {@code today}. */
    public Optional<Long> daysOnStep(LocalDate today) {
        return currentSignoff().map(s -> java.time.temporal.ChronoUnit.DAYS.between(s.signedOn(), today));
    }
}
