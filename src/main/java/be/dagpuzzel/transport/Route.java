package be.dagpuzzel.transport;

import java.time.LocalTime;
import java.util.Optional;

/**
 * A standing run such as "Ronde 1": its usual vehicle, when the morning pick-up must be at the
 * centre, and when the evening drop-off leaves it.
 */
public record Route(long id, String name, Optional<Long> vehicleId, LocalTime arriveBy, LocalTime departAt,
                    boolean active) {

    public Route {
        name = name == null ? "" : name.strip();
        vehicleId = vehicleId == null ? Optional.empty() : vehicleId;
    }

    public LocalTime anchor(RunDirection direction) {
        return direction == RunDirection.MORNING ? arriveBy : departAt;
    }
}
