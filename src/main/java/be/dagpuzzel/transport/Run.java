package be.dagpuzzel.transport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * A route's run on one day: the vehicle used, whether the nurse set the stop order herself, and
 * what was written on the sheet afterwards.
 */
public record Run(long id, LocalDate date, long routeId, RunDirection direction, Optional<Long> vehicleId,
                  boolean orderedByHand, Optional<Integer> kmStart, Optional<Integer> kmEnd,
                  Optional<LocalTime> actualDeparture, Optional<LocalTime> actualArrival) {

    public Run {
        vehicleId = vehicleId == null ? Optional.empty() : vehicleId;
        kmStart = kmStart == null ? Optional.empty() : kmStart;
        kmEnd = kmEnd == null ? Optional.empty() : kmEnd;
        actualDeparture = actualDeparture == null ? Optional.empty() : actualDeparture;
        actualArrival = actualArrival == null ? Optional.empty() : actualArrival;
    }
}
