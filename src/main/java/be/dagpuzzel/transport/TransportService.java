package be.dagpuzzel.transport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import be.dagpuzzel.core.Coordinates;
import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.roster.Assignment;
import be.dagpuzzel.roster.DayBoard;
import be.dagpuzzel.roster.RosterService;
import be.dagpuzzel.roster.RosterSlot;
import be.dagpuzzel.settings.Centre;
import be.dagpuzzel.settings.CentreService;
import be.dagpuzzel.settings.TaskCatalogue;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.store.Store;

/**
 * Vehicles, routes and each day's runs. Opening a day makes a morning and an evening run per
 * active route and puts everyone who is coming on their usual route; calls "not coming" take the
 * stop off. A run with actuals written back (kilometres, times, ticks) is kept as it was driven. Driver and companion come from the day's roster, so both views show the same people.
 */
public final class TransportService {

    public static final String FIELD_NAME = "name";
    public static final String FIELD_SEATS = "seats";
    public static final String FIELD_WHEELCHAIRS = "wheelchairs";
    public static final String FIELD_ARRIVE = "arriveBy";
    public static final String FIELD_DEPART = "departAt";
    public static final String FIELD_KM = "km";

    private static final LocalTime NOON = LocalTime.NOON;

    private final Store store;
    private final TransportRepository repository;
    private final ParticipantService participants;
    private final RosterService roster;
    private final TaskCatalogue catalogue;
    private final CentreService centres;

    public TransportService(Store store, TransportRepository repository, ParticipantService participants,
                            RosterService roster, TaskCatalogue catalogue, CentreService centres) {
        this.store = store;
        this.repository = repository;
        this.participants = participants;
        this.roster = roster;
        this.catalogue = catalogue;
        this.centres = centres;
    }

    // ---- the day

    /** The runs of {@code date}, made or brought up to date with the day's attendance first. */
    public TransportDay day(LocalDate date) {
        DayBoard board = roster.open(date);
        Optional<Centre> centre = centres.find();
        Optional<Coordinates> centreAt = centre.flatMap(Centre::coordinates);
        TransportSettings settings = repository.settings(store.dsl());
        RunPlanner planner = new RunPlanner(new Travel(settings));
        ParticipantService.Attendance attendance = store.transactionResult(dsl -> {
            ParticipantService.Attendance a = participants.attendance(dsl, date);
            if (board.workingDay()) {
                reconcile(dsl, date, a, planner, centreAt);
            }
            return a;
        });
        return read(date, board, centre.map(Centre::name).orElse(""), centreAt, settings, attendance);
    }

    private TransportDay read(LocalDate date, DayBoard board, String centreName, Optional<Coordinates> centreAt,
                              TransportSettings settings, ParticipantService.Attendance attendance) {
        DSLContext dsl = store.dsl();
        Map<Long, Route> routes = repository.routes(dsl).stream()
                .collect(Collectors.toMap(Route::id, r -> r, (a, b) -> a, LinkedHashMap::new));
        Map<Long, List<Stop>> stops = repository.stops(dsl, date);
        List<Run> runs = new ArrayList<>(repository.runs(dsl, date));
        List<Long> order = new ArrayList<>(routes.keySet());
        runs.sort(java.util.Comparator.comparing((Run r) -> r.direction())
                .thenComparing(r -> order.indexOf(r.routeId())));
        Map<Long, Participant> people = new HashMap<>();
        for (Participant p : participants.all()) {
            people.put(p.id(), p);
        }
        List<RunState> states = new ArrayList<>();
        Set<Long> placedMorning = new HashSet<>();
        Set<Long> placedEvening = new HashSet<>();
        for (Run run : runs) {
            List<Stop> runStops = stops.getOrDefault(run.id(), List.of());
            for (Stop s : runStops) {
                (run.direction() == RunDirection.MORNING ? placedMorning : placedEvening).add(s.participantId());
            }
            Route route = routes.get(run.routeId());
            states.add(new RunState(run, route, runStops, crew(board, route, run.direction())));
        }
        List<Long> withoutRun = attendance.coming().stream().map(Participant::id)
                .filter(id -> !placedMorning.contains(id) || !placedEvening.contains(id)).toList();
        List<ParticipantAbsence> notComing = attendance.notComing().stream()
                .map(p -> attendance.absent().get(p.id()))
                .sorted(java.util.Comparator.comparing(a -> people.get(a.participantId()).lastName())).toList();
        return new TransportDay(date, centreName, centreAt, settings, repository.vehicles(dsl), states, people,
                notComing, withoutRun, board);
    }

    /** The driver and companion places of a run on the day's roster. */
    static RunCrew crew(DayBoard board, Route route, RunDirection direction) {
        Optional<RosterSlot> driver = Optional.empty();
        Optional<RosterSlot> companion = Optional.empty();
        for (RosterSlot slot : board.slots()) {
            Optional<TaskType> type = board.taskType(slot.taskTypeId());
            if (type.isEmpty() || !belongsTo(slot, route, direction)) {
                continue;
            }
            if (type.get().is(TaskType.DRIVER) && driver.isEmpty()) {
                driver = Optional.of(slot);
            } else if (type.get().is(TaskType.BUS_COMPANION) && companion.isEmpty()) {
                companion = Optional.of(slot);
            }
        }
        return new RunCrew(driver, companion, driver.flatMap(s -> board.assignmentAt(s.id(), 0)).map(Assignment::staffId),
                companion.flatMap(s -> board.assignmentAt(s.id(), 0)).map(Assignment::staffId));
    }

    /** "Ronde 1 ochtend" belongs to route "Ronde 1" (not to "Ronde 10"); morning places start before noon. */
    static boolean belongsTo(RosterSlot slot, Route route, RunDirection direction) {
        String label = slot.label().strip().toLowerCase(Locale.ROOT);
        String name = route.name().strip().toLowerCase(Locale.ROOT);
        if (name.isEmpty() || !label.startsWith(name)) {
            return false;
        }
        if (label.length() > name.length() && Character.isLetterOrDigit(label.charAt(name.length()))) {
            return false;
        }
        boolean morning = slot.hours().start().isBefore(NOON);
        return morning == (direction == RunDirection.MORNING);
    }

    /**
     * Makes the runs of the day and keeps their stops in line with who is coming. A run with
     * actuals written back is left alone; the day's other runs still follow the calls.
     */
    private void reconcile(DSLContext dsl, LocalDate date, ParticipantService.Attendance attendance, RunPlanner planner,
                           Optional<Coordinates> centre) {
        List<Route> routes = repository.routes(dsl).stream().filter(Route::active).toList();
        List<Run> runs = new ArrayList<>(repository.runs(dsl, date));
        Map<Long, List<Stop>> stops = repository.stops(dsl, date);
        // a run whose sheet was written back (kilometres, times, ticks) stays as it was driven
        Set<Long> driven = new HashSet<>();
        for (Run r : runs) {
            if (r.kmStart().isPresent() || r.kmEnd().isPresent() || r.actualDeparture().isPresent()
                    || r.actualArrival().isPresent()
                    || stops.getOrDefault(r.id(), List.of()).stream().anyMatch(Stop::hasActuals)) {
                driven.add(r.id());
            }
        }
        for (Route route : routes) {
            for (RunDirection direction : RunDirection.values()) {
                boolean exists = runs.stream().anyMatch(r -> r.routeId() == route.id() && r.direction() == direction);
                if (!exists) {
                    long id = repository.insertRun(dsl, date, route.id(), direction, route.vehicleId().orElse(null));
                    runs.add(repository.run(dsl, id).orElseThrow());
                }
            }
        }
        Map<Long, Participant> coming = attendance.coming().stream()
                .collect(Collectors.toMap(Participant::id, p -> p, (a, b) -> a, LinkedHashMap::new));
        Set<Long> activeRoutes = routes.stream().map(Route::id).collect(Collectors.toSet());
        for (RunDirection direction : RunDirection.values()) {
            Set<Long> placed = new HashSet<>();
            Map<Long, List<Long>> onRun = new HashMap<>(); // each run's stops after the calls, read once
            for (Run run : runs) {
                if (run.direction() != direction) {
                    continue;
                }
                List<Stop> current = stops.getOrDefault(run.id(), List.of());
                if (driven.contains(run.id())) {
                    current.forEach(st -> placed.add(st.participantId()));
                    continue;
                }
                List<Long> kept = current.stream().map(Stop::participantId)
                        .filter(coming::containsKey).filter(placed::add).collect(Collectors.toCollection(ArrayList::new));
                if (kept.size() != current.size()) {
                    store(dsl, run.id(), kept);
                }
                onRun.put(run.id(), kept);
            }
            for (Run run : runs) {
                if (run.direction() != direction || !activeRoutes.contains(run.routeId()) || driven.contains(run.id())) {
                    continue;
                }
                List<Participant> added = coming.values().stream()
                        .filter(p -> !placed.contains(p.id()) && p.usualRouteId().orElse(-1L) == run.routeId())
                        .toList();
                if (added.isEmpty()) {
                    continue;
                }
                List<StopInput> inputs = new ArrayList<>(onRun.getOrDefault(run.id(), List.of()).stream()
                        .map(coming::get).map(StopInput::of).toList());
                if (run.orderedByHand()) {
                    for (Participant p : added) {
                        StopInput s = StopInput.of(p);
                        inputs.add(planner.bestInsertion(direction, centre, inputs, s), s);
                    }
                } else {
                    added.forEach(p -> inputs.add(StopInput.of(p)));
                    List<StopInput> ordered = planner.defaultOrder(direction, centre, inputs);
                    inputs.clear();
                    inputs.addAll(ordered);
                }
                added.forEach(p -> placed.add(p.id()));
                store(dsl, run.id(), inputs.stream().map(StopInput::participantId).toList());
            }
        }
    }

    private void store(DSLContext dsl, long runId, List<Long> participantIds) {
        List<Stop> stops = new ArrayList<>();
        for (int i = 0; i < participantIds.size(); i++) {
            stops.add(new Stop(runId, participantIds.get(i), i, Optional.empty(), Optional.empty()));
        }
        repository.replaceStops(dsl, runId, stops);
    }

    // ---- changing the runs

    /**
     * Sets the stops of the day's runs as given (a drag within or between runs, an optimised order,
     * an undo), keeping what was written back for stops that stay. Runs listed get the
     * "ordered by hand" mark, so new stops are fitted in rather than the run being re-sorted.
     */
    public void setStops(LocalDate date, Map<Long, List<Long>> stopsPerRun) {
        store.transaction(dsl -> {
            Map<Long, Run> runs = repository.runs(dsl, date).stream().collect(Collectors.toMap(Run::id, r -> r));
            Map<Long, List<Stop>> before = repository.stops(dsl, date);
            Set<String> seen = new HashSet<>();
            for (var entry : stopsPerRun.entrySet()) {
                Run run = runs.get(entry.getKey());
                if (run == null) {
                    throw new IllegalArgumentException("run " + entry.getKey() + " is not on " + date);
                }
                for (Long p : entry.getValue()) {
                    if (!seen.add(run.direction() + "#" + p)) {
                        throw new IllegalArgumentException("participant " + p + " twice on " + run.direction());
                    }
                }
            }
            for (var entry : stopsPerRun.entrySet()) {
                Map<Long, Stop> old = before.getOrDefault(entry.getKey(), List.of()).stream()
                        .collect(Collectors.toMap(Stop::participantId, s -> s));
                List<Stop> stops = new ArrayList<>();
                int position = 0;
                for (Long p : entry.getValue()) {
                    Stop was = old.get(p);
                    stops.add(new Stop(entry.getKey(), p, position++, was == null ? Optional.empty() : was.outcome(),
                            was == null ? Optional.empty() : was.actualTime()));
                }
                repository.replaceStops(dsl, entry.getKey(), stops);
                Run run = runs.get(entry.getKey());
                repository.updateRun(dsl, new Run(run.id(), run.date(), run.routeId(), run.direction(), run.vehicleId(),
                        true, run.kmStart(), run.kmEnd(), run.actualDeparture(), run.actualArrival()));
            }
        });
    }

    public void setVehicle(long runId, Optional<Long> vehicleId) {
        store.transaction(dsl -> {
            Run r = repository.run(dsl, runId).orElseThrow();
            repository.updateRun(dsl, new Run(r.id(), r.date(), r.routeId(), r.direction(), vehicleId, r.orderedByHand(),
                    r.kmStart(), r.kmEnd(), r.actualDeparture(), r.actualArrival()));
        });
    }

    /** What the driver wrote on the sheet: kilometres and times of the run. */
    public void recordRunActuals(long runId, Integer kmStart, Integer kmEnd, LocalTime departure, LocalTime arrival) {
        if ((kmStart != null && kmStart < 0) || (kmEnd != null && kmEnd < 0)) {
            throw new ValidationException(List.of(FieldError.of(FIELD_KM, "validation.between", 0, 9_999_999)));
        }
        if (kmStart != null && kmEnd != null && kmEnd < kmStart) {
            throw new ValidationException(List.of(FieldError.of(FIELD_KM, "transport.km.endBeforeStart")));
        }
        store.transaction(dsl -> {
            Run r = repository.run(dsl, runId).orElseThrow();
            repository.updateRun(dsl, new Run(r.id(), r.date(), r.routeId(), r.direction(), r.vehicleId(),
                    r.orderedByHand(), Optional.ofNullable(kmStart), Optional.ofNullable(kmEnd),
                    Optional.ofNullable(departure), Optional.ofNullable(arrival)));
        });
    }

    /** What was written on a stop's line of the sheet. */
    public record StopActual(Optional<StopOutcome> outcome, Optional<LocalTime> time) {
    }

    /**
     * Everything written on a run's sheet after the run, stored together or not at all: the
     * kilometres, the times, and per stop the tick and the time.
     */
    public void recordAfterRun(long runId, Integer kmStart, Integer kmEnd, LocalTime departure, LocalTime arrival,
                               Map<Long, StopActual> stops) {
        if ((kmStart != null && kmStart < 0) || (kmEnd != null && kmEnd < 0)) {
            throw new ValidationException(List.of(FieldError.of(FIELD_KM, "validation.between", 0, 9_999_999)));
        }
        if (kmStart != null && kmEnd != null && kmEnd < kmStart) {
            throw new ValidationException(List.of(FieldError.of(FIELD_KM, "transport.km.endBeforeStart")));
        }
        store.transaction(dsl -> {
            Run r = repository.run(dsl, runId).orElseThrow();
            repository.updateRun(dsl, new Run(r.id(), r.date(), r.routeId(), r.direction(), r.vehicleId(),
                    r.orderedByHand(), Optional.ofNullable(kmStart), Optional.ofNullable(kmEnd),
                    Optional.ofNullable(departure), Optional.ofNullable(arrival)));
            List<Stop> current = repository.stops(dsl, r.date()).getOrDefault(runId, List.of());
            List<Stop> changed = current.stream().map(s -> {
                StopActual a = stops.get(s.participantId());
                return a == null ? s : new Stop(runId, s.participantId(), s.position(), a.outcome(), a.time());
            }).toList();
            repository.replaceStops(dsl, runId, changed);
        });
    }

    /** The tick and the actual time of one stop. */
    public void recordStop(long runId, long participantId, Optional<StopOutcome> outcome, Optional<LocalTime> time) {
        store.transaction(dsl -> {
            Run r = repository.run(dsl, runId).orElseThrow();
            List<Stop> stops = repository.stops(dsl, r.date()).getOrDefault(runId, List.of());
            List<Stop> changed = stops.stream().map(s -> s.participantId() == participantId
                    ? new Stop(runId, participantId, s.position(), outcome, time) : s).toList();
            repository.replaceStops(dsl, runId, changed);
        });
    }

    /** Puts someone in (or takes them off) a driver or companion place of the day's roster. */
    public void assignCrew(LocalDate date, long slotId, Optional<Long> staffId) {
        DayBoard board = roster.open(date);
        List<Assignment> assignments = new ArrayList<>(board.assignments().stream()
                .filter(a -> !(a.slotId() == slotId && a.position() == 0)).toList());
        staffId.ifPresent(id -> assignments.add(new Assignment(slotId, 0, id, true)));
        roster.setAssignments(date, assignments);
    }

    /**
     * Adds a driver and a companion place for the run to the day's roster, labelled with the
     * route's name so they belong to it, from shortly before departure to shortly after arrival.
     */
    public void addRosterPlaces(LocalDate date, long runId, String label, LocalTime from, LocalTime to) {
        Run run = repository.run(store.dsl(), runId).orElseThrow();
        DayBoard board = roster.open(date);
        Route route = repository.routes(store.dsl()).stream().filter(r -> r.id() == run.routeId()).findFirst()
                .orElseThrow();
        RunCrew crew = crew(board, route, run.direction());
        TimeRange hours = new TimeRange(from, to.isAfter(from) ? to : from.plusMinutes(30));
        if (crew.driverSlot().isEmpty()) {
            roster.addSlot(date, catalogue.taskTypeWithCode(TaskType.DRIVER).orElseThrow().id(), label, hours, 1);
        }
        if (crew.companionSlot().isEmpty()) {
            roster.addSlot(date, catalogue.taskTypeWithCode(TaskType.BUS_COMPANION).orElseThrow().id(), label, hours, 1);
        }
    }

    // ---- vehicles, routes, settings

    public List<Vehicle> vehicles() {
        return repository.vehicles(store.dsl());
    }

    public Vehicle saveVehicle(Vehicle v) {
        List<FieldError> errors = new ArrayList<>();
        if (v.name().isBlank()) {
            errors.add(FieldError.of(FIELD_NAME, "validation.required"));
        } else if (v.name().length() > 100) {
            errors.add(FieldError.of(FIELD_NAME, "validation.tooLong", 100));
        }
        if (v.seats() < 1 || v.seats() > 60) {
            errors.add(FieldError.of(FIELD_SEATS, "validation.between", 1, 60));
        }
        if (v.wheelchairPlaces() < 0 || v.wheelchairPlaces() > 20) {
            errors.add(FieldError.of(FIELD_WHEELCHAIRS, "validation.between", 0, 20));
        } else if (v.wheelchairPlaces() > 0 && !v.access().takesWheelchairs()) {
            errors.add(FieldError.of(FIELD_WHEELCHAIRS, "transport.vehicle.chairsNeedLift"));
        }
        if (!v.plate().isBlank() && vehicles().stream().anyMatch(o -> o.id() != v.id()
                && o.plate().replaceAll("[^A-Za-z0-9]", "").equalsIgnoreCase(v.plate().replaceAll("[^A-Za-z0-9]", "")))) {
            errors.add(FieldError.of("plate", "transport.vehicle.plateTaken", v.plate()));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = store.transactionResult(dsl -> repository.saveVehicle(dsl, v));
        return new Vehicle(id, v.name(), v.plate(), v.seats(), v.wheelchairPlaces(), v.access(), v.inService());
    }

    public List<Route> routes() {
        return repository.routes(store.dsl());
    }

    public Route saveRoute(Route r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.name().isBlank()) {
            errors.add(FieldError.of(FIELD_NAME, "validation.required"));
        } else if (routes().stream().anyMatch(o -> o.id() != r.id() && o.name().equalsIgnoreCase(r.name()))) {
            errors.add(FieldError.of(FIELD_NAME, "validation.duplicateName", r.name()));
        }
        if (r.arriveBy() == null) {
            errors.add(FieldError.of(FIELD_ARRIVE, "validation.time"));
        }
        if (r.departAt() == null) {
            errors.add(FieldError.of(FIELD_DEPART, "validation.time"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        long id = store.transactionResult(dsl -> repository.saveRoute(dsl, r));
        return new Route(id, r.name(), r.vehicleId(), r.arriveBy(), r.departAt(), r.active());
    }

    public TransportSettings settings() {
        return repository.settings(store.dsl());
    }

    public void saveSettings(TransportSettings settings) {
        store.transaction(dsl -> repository.saveSettings(dsl, settings));
    }
}
