package be.dagpuzzel.transport;

import java.util.List;
import java.util.Optional;

/**
 * Something wrong with a run, in plain words once the view looks up {@code transport.problem.KIND}
 * with the arguments. Serious problems (the run cannot go like this) are shown in red.
 */
public record RunProblem(Kind kind, Optional<Long> participantId, List<Object> arguments) {

    public enum Kind {
        NO_DRIVER_PLACE(true), NO_DRIVER(true), NO_VEHICLE(true), VEHICLE_OUT_OF_SERVICE(true), VEHICLE_TWICE(true),
        TOO_MANY_SEATED(true), TOO_MANY_WHEELCHAIRS(true), NEEDS_LIFT(true), LEARNER_MAY_NOT_DRIVE(true),
        LEARNER_DRIVER_NEEDS_COMPANION(true), RIDE_TOO_LONG(false), NO_COORDINATES(false);

        private final boolean serious;

        Kind(boolean serious) {
            this.serious = serious;
        }

        public boolean serious() {
            return serious;
        }
    }

    public RunProblem {
        participantId = participantId == null ? Optional.empty() : participantId;
        arguments = List.copyOf(arguments);
    }

    public static RunProblem of(Kind kind, Object... arguments) {
        return new RunProblem(kind, Optional.empty(), List.of(arguments));
    }

    public static RunProblem about(Kind kind, long participantId, Object... arguments) {
        return new RunProblem(kind, Optional.of(participantId), List.of(arguments));
    }

    public String messageKey() {
        return "transport.problem." + kind.name();
    }
}
