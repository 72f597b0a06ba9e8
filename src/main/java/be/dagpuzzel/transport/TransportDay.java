package be.dagpuzzel.transport;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.dagpuzzel.core.Coordinates;
import be.dagpuzzel.roster.DayBoard;

/**
 * Everything the transport view shows and checks for one date: the runs with their stops and
 * crews, the participants involved, who called off, who is coming but on no run, the vehicles,
 * the settings, and the day's roster (for the crew and the learner-driver rule).
 */
public record TransportDay(LocalDate date, String centreName, Optional<Coordinates> centre,
                           TransportSettings settings, List<Vehicle> vehicles, List<RunState> runs,
                           Map<Long, Participant> participants, List<ParticipantAbsence> notComing,
                           List<Long> withoutRun, DayBoard roster) {

    public TransportDay {
        vehicles = List.copyOf(vehicles);
        runs = List.copyOf(runs);
        participants = Map.copyOf(participants);
        notComing = List.copyOf(notComing);
        withoutRun = List.copyOf(withoutRun);
        centre = centre == null ? Optional.empty() : centre;
    }

    public Optional<Vehicle> vehicle(Optional<Long> id) {
        return id.flatMap(v -> vehicles.stream().filter(x -> x.id() == v).findFirst());
    }

    public Optional<RunState> run(long runId) {
        return runs.stream().filter(r -> r.run().id() == runId).findFirst();
    }

    public String staffName(Optional<Long> staffId) {
        return staffId.flatMap(id -> roster.person(id)).map(d -> d.member().fullName()).orElse("");
    }

    public TransportDay withRuns(List<RunState> value) {
        return new TransportDay(date, centreName, centre, settings, vehicles, value, participants, notComing,
                withoutRun, roster);
    }
}
