package be.dagpuzzel.roster.rules;

import java.util.List;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;

/**
 * Why a rule fired, in data the screen turns into a sentence: which rule, which seats and which
 * people, and the numbers the sentence needs.
 */
public record RuleMatch(Rule rule, List<String> seatIds, List<Long> workerIds, List<Object> details)
        implements ConstraintJustification {

    public RuleMatch {
        seatIds = List.copyOf(seatIds);
        workerIds = List.copyOf(workerIds);
        details = List.copyOf(details);
    }

    public static RuleMatch of(Rule rule, Seat seat, Object... details) {
        return new RuleMatch(rule, List.of(seat.getId()),
                seat.getWorker() == null ? List.of() : List.of(seat.getWorker().id()), List.of(details));
    }
}
