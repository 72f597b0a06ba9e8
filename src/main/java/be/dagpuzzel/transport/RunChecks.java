package be.dagpuzzel.transport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import be.dagpuzzel.roster.rules.Rule;
import be.dagpuzzel.roster.rules.RuleMatch;

/**
 * Times and checks every run of a day: seats and wheelchair places separately, a wheelchair that
 * stays occupied needs a lift or ramp, the longest ride, a run without a driver, a vehicle on two
 * runs at once, stops without coordinates, and the roster's learner-driver rules for the run's
 * driver (the same rule the roster board shows, passed in as its matches).
 */
public final class RunChecks {

    private static final Set<Rule> CREW_RULES = Set.of(Rule.LEARNER_MAY_NOT_DRIVE, Rule.LEARNER_DRIVER_NEEDS_COMPANION);

    private RunChecks() {
    }

    /** Plans the runs of {@code day} in their stored order. */
    public static List<PlannedRun> plan(TransportDay day, List<RuleMatch> rosterMatches) {
        List<PlannedRun> result = new ArrayList<>();
        for (RunState state : day.runs()) {
            result.add(plan(day, state, rosterMatches));
        }
        return vehiclesTwice(result);
    }

    /** Plans one run in its stored order. */
    public static PlannedRun plan(TransportDay day, RunState state, List<RuleMatch> rosterMatches) {
        RunPlanner planner = new RunPlanner(new Travel(day.settings()));
        List<StopInput> stops = state.stops().stream().map(s -> day.participants().get(s.participantId()))
                .filter(p -> p != null).map(StopInput::of).toList();
        TimedRun timing = planner.time(state.run().direction(), state.route().anchor(state.run().direction()),
                day.centre(), stops);
        return new PlannedRun(state, stops, timing, problems(day, state, stops, timing, rosterMatches));
    }

    static List<RunProblem> problems(TransportDay day, RunState state, List<StopInput> stops, TimedRun timing,
                                     List<RuleMatch> rosterMatches) {
        List<RunProblem> problems = new ArrayList<>();
        RunCrew crew = state.crew();
        if (!stops.isEmpty()) {
            if (crew.driverSlot().isEmpty()) {
                problems.add(RunProblem.of(RunProblem.Kind.NO_DRIVER_PLACE));
            } else if (crew.driverId().isEmpty()) {
                problems.add(RunProblem.of(RunProblem.Kind.NO_DRIVER));
            }
        }
        crew.driverSlot().ifPresent(slot -> {
            String seat = slot.id() + "#0";
            for (RuleMatch m : rosterMatches) {
                if (CREW_RULES.contains(m.rule()) && m.seatIds().contains(seat)) {
                    problems.add(RunProblem.of(RunProblem.Kind.valueOf(m.rule().name()), day.staffName(crew.driverId())));
                }
            }
        });
        Optional<Vehicle> vehicle = day.vehicle(state.run().vehicleId());
        if (vehicle.isEmpty()) {
            if (!stops.isEmpty()) {
                problems.add(RunProblem.of(RunProblem.Kind.NO_VEHICLE));
            }
        } else {
            Vehicle v = vehicle.get();
            if (!v.inService()) {
                problems.add(RunProblem.of(RunProblem.Kind.VEHICLE_OUT_OF_SERVICE, v.name()));
            }
            int seated = 0;
            int wheelchairs = 0;
            boolean companion = crew.companionId().isPresent();
            for (StopInput s : stops) {
                Participant p = day.participants().get(s.participantId());
                if (p.aid().takesWheelchairPlace()) {
                    wheelchairs++;
                    if (!v.access().takesWheelchairs()) {
                        problems.add(RunProblem.about(RunProblem.Kind.NEEDS_LIFT, p.id(), p.fullName(), v.name()));
                    }
                } else {
                    seated++;
                }
            }
            int seatsFree = v.seats() - (companion ? 1 : 0);
            if (seated > seatsFree) {
                problems.add(RunProblem.of(RunProblem.Kind.TOO_MANY_SEATED, seated, seatsFree, v.name()));
            }
            if (wheelchairs > v.wheelchairPlaces()) {
                problems.add(RunProblem.of(RunProblem.Kind.TOO_MANY_WHEELCHAIRS, wheelchairs, v.wheelchairPlaces(),
                        v.name()));
            }
        }
        int max = day.settings().maxRideMinutes();
        for (TimedStop t : timing.stops()) {
            if (t.rideMinutes() > max) {
                Participant p = day.participants().get(t.participantId());
                problems.add(RunProblem.about(RunProblem.Kind.RIDE_TOO_LONG, p.id(), p.fullName(), t.rideMinutes(), max));
            }
        }
        for (StopInput s : stops) {
            if (s.at().isEmpty()) {
                Participant p = day.participants().get(s.participantId());
                problems.add(RunProblem.about(RunProblem.Kind.NO_COORDINATES, p.id(), p.fullName()));
            }
        }
        return problems;
    }

    /** A vehicle on two runs whose times overlap. */
    private static List<PlannedRun> vehiclesTwice(List<PlannedRun> runs) {
        Map<Integer, PlannedRun> replaced = new HashMap<>();
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                PlannedRun a = runs.get(i);
                PlannedRun b = runs.get(j);
                Optional<Long> va = a.state().run().vehicleId();
                if (va.isEmpty() || !va.equals(b.state().run().vehicleId()) || a.stops().isEmpty() || b.stops().isEmpty()
                        || !overlap(a.timing(), b.timing())) {
                    continue;
                }
                replaced.put(i, withProblem(replaced.getOrDefault(i, a), b));
                replaced.put(j, withProblem(replaced.getOrDefault(j, b), a));
            }
        }
        List<PlannedRun> result = new ArrayList<>(runs);
        replaced.forEach(result::set);
        return result;
    }

    private static boolean overlap(TimedRun a, TimedRun b) {
        return a.departure().isBefore(b.arrival()) && b.departure().isBefore(a.arrival());
    }

    private static PlannedRun withProblem(PlannedRun run, PlannedRun other) {
        List<RunProblem> problems = new ArrayList<>(run.problems());
        problems.add(RunProblem.of(RunProblem.Kind.VEHICLE_TWICE, other.state().route().name()));
        return new PlannedRun(run.state(), run.stops(), run.timing(), problems);
    }
}
