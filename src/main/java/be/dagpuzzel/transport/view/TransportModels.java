package be.dagpuzzel.transport.view;

import java.util.List;
import java.util.Optional;

import be.dagpuzzel.transport.RunDirection;

/** What the transport view shows, ready in words: run cards with stops and problems, the calls. */
public final class TransportModels {

    private TransportModels() {
    }

    /** One stop line: planned time, name, address, aid and the driver note. */
    public record StopLine(long participantId, String time, String name, String address, String aid, String note,
                           boolean estimated, boolean flagged, String actual) {
    }

    public record ProblemLine(String text, boolean serious, Optional<Long> participantId) {
    }

    /** A person who can take a driver or companion place, best first; {@code hint} says why not. */
    public record Choice(long id, String name, String hint) {
        @Override
        public String toString() {
            return hint.isEmpty() ? name : name + " — " + hint;
        }
    }

    public record RunCard(long runId, String title, RunDirection direction, String times, String capacity,
                          Optional<Long> vehicleId, Optional<Long> driverSlotId, Optional<Long> companionSlotId,
                          Optional<Long> driverId, Optional<Long> companionId, String driverName,
                          String companionName, List<StopLine> stops, List<ProblemLine> problems) {

        public boolean hasRosterPlaces() {
            return driverSlotId.isPresent() && companionSlotId.isPresent();
        }

        public boolean hasSeriousProblem() {
            return problems.stream().anyMatch(ProblemLine::serious);
        }
    }

    /** A "not coming" call of the day. */
    public record CallLine(long absenceId, long participantId, String name, String reason, String until) {
    }

    /** Someone expected today, to pick in the call field. */
    public record Expected(long id, String name, boolean onARun, String note) {
        @Override
        public String toString() {
            return name;
        }
    }
}
