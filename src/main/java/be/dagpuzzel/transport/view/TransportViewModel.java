package be.dagpuzzel.transport.view;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.roster.view.BoardPresenter;
import be.dagpuzzel.roster.view.SeatRef;
import be.dagpuzzel.transport.AbsenceReason;
import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.Participant;
import be.dagpuzzel.transport.ParticipantAbsence;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.transport.PlannedRun;
import be.dagpuzzel.transport.RunChecks;
import be.dagpuzzel.transport.RunDirection;
import be.dagpuzzel.transport.RunPlanner;
import be.dagpuzzel.transport.RunProblem;
import be.dagpuzzel.transport.RunState;
import be.dagpuzzel.transport.Stop;
import be.dagpuzzel.transport.StopInput;
import be.dagpuzzel.transport.TimedStop;
import be.dagpuzzel.transport.TransportDay;
import be.dagpuzzel.transport.TransportService;
import be.dagpuzzel.transport.Travel;
import be.dagpuzzel.transport.Vehicle;
import be.dagpuzzel.transport.print.RouteSheet;
import be.dagpuzzel.transport.print.RouteSheetData;
import be.dagpuzzel.transport.print.SheetStop;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * The transport of one date: the morning calls, the runs with their stops, times and problems,
 * and the route sheets. Moving a stop re-times and re-checks at once on the FX thread (pure
 * arithmetic), then the new order is stored; calls are stored and the day is read again, so the
 * stop goes and the run is re-timed. Stop moves and calls can be undone and redone.
 */
public final class TransportViewModel {

    private final TaskRunner runner;
    private final TransportService transport;
    private final ParticipantService participants;
    private final RosterRules rules;
    private final Messages messages;
    private final ObservableList<TransportModels.RunCard> runs = FXCollections.observableArrayList();
    private final ObservableList<TransportModels.CallLine> calls = FXCollections.observableArrayList();
    private final ObservableList<TransportModels.Expected> expected = FXCollections.observableArrayList();
    private final ObservableList<TransportModels.Expected> withoutRun = FXCollections.observableArrayList();
    private final ObservableList<Vehicle> vehicles = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty workingDay = new SimpleBooleanProperty(this, "workingDay", true);
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");

    /** A change that can be taken back: how to undo it and how to do it again. */
    private record Change(Runnable undo, Runnable redo) {
    }

    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private TransportDay day;
    /**
     * Told after every stored change, so every section (this one and the Today board) reads the
     * day again; without it this view reads the day again itself.
     */
    private Runnable changed;
    private List<be.dagpuzzel.roster.view.BoardModels.WarningLine> rosterWarnings = List.of();
    private List<PlannedRun> planned = List.of();

    public TransportViewModel(TaskRunner runner, TransportService transport, ParticipantService participants,
                              RosterRules rules, Messages messages) {
        this.runner = runner;
        this.transport = transport;
        this.participants = participants;
        this.rules = rules;
        this.messages = messages;
    }

    /** Who to tell after a stored change (the app: other sections reload). */
    public void onChanged(Runnable value) {
        changed = value;
    }

    /** After a stored change: everyone reads the day again, this view once. */
    private void afterChange() {
        if (changed == null) {
            refresh();
        } else {
            changed.run();
        }
    }

    /** The day, and what the roster's rules say about its places (the same sentences as the Today board). */
    private record Loaded(TransportDay day, List<be.dagpuzzel.roster.view.BoardModels.WarningLine> rosterWarnings) {
    }

    /** Opens the transport of {@code value}; undo history belongs to one visit of a day. */
    public void load(LocalDate value) {
        date.set(value);
        message.set("");
        undo.clear();
        redo.clear();
        updateUndo();
        refresh();
    }

    /** Reads the day again as stored (after a change here or elsewhere). */
    public void refresh() {
        LocalDate value = date.get();
        if (value == null) {
            return;
        }
        runner.load(p -> read(value), loaded -> {
            if (value.equals(date.get())) {
                apply(loaded);
            }
        });
    }

    private Loaded read(LocalDate value) {
        TransportDay read = transport.day(value);
        return new Loaded(read, new BoardPresenter(rules, messages).show(read.roster()).warnings());
    }

    private void apply(Loaded loaded) {
        day = loaded.day();
        rosterWarnings = loaded.rosterWarnings();
        workingDay.set(day.roster().workingDay());
        vehicles.setAll(day.vehicles());
        show();
        List<TransportModels.CallLine> lines = new ArrayList<>();
        for (ParticipantAbsence a : day.notComing()) {
            Participant p = day.participants().get(a.participantId());
            lines.add(new TransportModels.CallLine(a.id(), a.participantId(), p.fullName(), messages.get(
                    a.reason().messageKey()), a.to().equals(day.date()) ? "" : messages.format("transport.call.until",
                    messages.shortDate(a.to()))));
        }
        calls.setAll(lines);
        List<TransportModels.Expected> people = new ArrayList<>();
        for (RunState r : day.runs()) {
            for (Stop s : r.stops()) {
                if (r.run().direction() == RunDirection.MORNING) {
                    Participant p = day.participants().get(s.participantId());
                    people.add(new TransportModels.Expected(p.id(), p.fullName(), true, ""));
                }
            }
        }
        for (Long id : day.withoutRun()) {
            Participant p = day.participants().get(id);
            people.removeIf(e -> e.id() == id);
            people.add(new TransportModels.Expected(p.id(), p.fullName(), onRun(id, RunDirection.MORNING),
                    whyOnNoRun(p)));
        }
        people.sort(java.util.Comparator.comparing(TransportModels.Expected::name));
        expected.setAll(people);
        withoutRun.setAll(people.stream().filter(p -> day.withoutRun().contains(p.id())).toList());
        if (!day.roster().workingDay()) {
            summary.set(messages.get("transport.closed"));
        }
    }

    private boolean onRun(long participantId, RunDirection direction) {
        return day.runs().stream().filter(r -> r.run().direction() == direction)
                .anyMatch(r -> r.stops().stream().anyMatch(s -> s.participantId() == participantId));
    }

    /** "own transport", "no evening run"…: why someone coming is missing from the runs. */
    private String whyOnNoRun(Participant p) {
        boolean morning = onRun(p.id(), RunDirection.MORNING);
        boolean evening = onRun(p.id(), RunDirection.EVENING);
        if (p.usualRouteId().isEmpty() && !morning && !evening) {
            return messages.get("transport.withoutRun.own");
        }
        if (morning) {
            return messages.get("transport.withoutRun.noEvening");
        }
        if (evening) {
            return messages.get("transport.withoutRun.noMorning");
        }
        return messages.get("transport.withoutRun.routeOff");
    }

    /** Times, checks and shows the runs as they stand in {@link #day}. */
    private void show() {
        // the crew's problems come from the roster's own warnings below, worded as on the Today board
        planned = RunChecks.plan(day, List.of());
        List<TransportModels.RunCard> cards = new ArrayList<>();
        int stops = 0;
        int serious = 0;
        for (PlannedRun run : planned) {
            cards.add(card(run));
            if (run.state().run().direction() == RunDirection.MORNING) {
                stops += run.stops().size();
            }
            serious += (int) cards.getLast().problems().stream().filter(TransportModels.ProblemLine::serious).count();
        }
        runs.setAll(cards);
        if (day.roster().workingDay()) {
            summary.set(messages.format("transport.summary", stops, day.notComing().size(), serious));
        }
    }

    private TransportModels.RunCard card(PlannedRun run) {
        RunState state = run.state();
        RunDirection direction = state.run().direction();
        List<TransportModels.StopLine> lines = new ArrayList<>();
        java.util.Set<Long> flagged = new java.util.HashSet<>();
        run.problems().forEach(p -> p.participantId().ifPresent(flagged::add));
        for (int i = 0; i < run.stops().size(); i++) {
            StopInput s = run.stops().get(i);
            TimedStop t = run.timing().stops().get(i);
            Participant p = day.participants().get(s.participantId());
            Stop stored = state.stops().get(i);
            String actual = stored.outcome().map(o -> messages.get(o.messageKey())).orElse("")
                    + stored.actualTime().map(a -> " " + a).orElse("");
            lines.add(new TransportModels.StopLine(p.id(), (t.estimated() ? "~" : "") + t.planned(), p.fullName(),
                    p.address().oneLine(), p.aid() == MobilityAid.NONE ? "" : messages.get(p.aid().messageKey()),
                    p.driverNote(), t.estimated(), flagged.contains(p.id()), actual.strip()));
        }
        List<TransportModels.ProblemLine> problems = new ArrayList<>();
        List<String> crewSeats = new ArrayList<>();
        state.crew().driverSlot().ifPresent(s -> crewSeats.add(s.id() + "#0"));
        state.crew().companionSlot().ifPresent(s -> crewSeats.add(s.id() + "#0"));
        for (var warning : rosterWarnings) {
            if (warning.seatIds().stream().anyMatch(crewSeats::contains)) {
                problems.add(new TransportModels.ProblemLine(warning.text(), warning.hard(), Optional.empty()));
            }
        }
        run.problems().stream().map(p -> new TransportModels.ProblemLine(messages.format(p.messageKey(),
                p.arguments().toArray()), p.kind().serious(), p.participantId())).forEach(problems::add);
        String times = run.stops().isEmpty() ? messages.get("transport.run.empty")
                : direction == RunDirection.MORNING
                        ? messages.format("transport.run.timesMorning", run.timing().departure(), run.timing().arrival())
                        : messages.format("transport.run.timesEvening", run.timing().departure(),
                                run.timing().end(direction));
        Optional<Vehicle> vehicle = day.vehicle(state.run().vehicleId());
        String capacity = vehicle.map(v -> capacity(run, v)).orElse("");
        return new TransportModels.RunCard(state.run().id(), state.route().name() + " · "
                + messages.get(direction.messageKey()), direction, times, capacity, state.run().vehicleId(),
                state.crew().driverSlot().map(s -> s.id()), state.crew().companionSlot().map(s -> s.id()),
                state.crew().driverId(), state.crew().companionId(), day.staffName(state.crew().driverId()),
                day.staffName(state.crew().companionId()), lines, problems);
    }

    private String capacity(PlannedRun run, Vehicle v) {
        long chairs = run.stops().stream().filter(s -> day.participants().get(s.participantId()).aid()
                .takesWheelchairPlace()).count();
        long seated = run.stops().size() - chairs + (run.state().crew().companionId().isPresent() ? 1 : 0);
        return messages.format("transport.run.capacity", seated, v.seats(), chairs, v.wheelchairPlaces());
    }

    // --- the morning calls ---------------------------------------------------------------------

    /** Records that {@code participantId} is not coming today (until {@code until} if given). */
    public void recordCall(long participantId, AbsenceReason reason, LocalDate until, String note, Runnable done) {
        LocalDate today = date.get();
        if (today == null) {
            return;
        }
        if (until != null && until.isBefore(today)) {
            message.set(messages.get("validation.endBeforeStart"));
            return;
        }
        runner.save(p -> participants.recordAbsence(participantId, today, until, reason, note), saved -> {
            String name = name(participantId);
            message.set(messages.format("transport.call.recorded", name));
            ParticipantAbsence[] current = {saved};
            remember(new Change(
                    () -> runner.save(p -> {
                        participants.removeAbsence(current[0].id());
                        return null;
                    }, x -> afterChange()),
                    () -> runner.save(p -> {
                        participants.restoreAbsence(current[0]);
                        return null;
                    }, x -> afterChange())));
            afterChange();
            done.run();
        }, this::refused);
    }

    /** Takes a call back: the person is expected again and goes back on their run. */
    public void removeCall(long absenceId) {
        Optional<ParticipantAbsence> call = day == null ? Optional.empty()
                : day.notComing().stream().filter(a -> a.id() == absenceId).findFirst();
        if (call.isEmpty()) {
            return;
        }
        ParticipantAbsence removed = call.get();
        runner.save(p -> {
            participants.removeAbsence(absenceId);
            return null;
        }, x -> {
            message.set(messages.format("transport.call.removed", name(removed.participantId())));
            remember(new Change(
                    () -> runner.save(p -> {
                        participants.restoreAbsence(removed);
                        return null;
                    }, y -> afterChange()),
                    () -> runner.save(p -> {
                        participants.removeAbsence(removed.id());
                        return null;
                    }, y -> afterChange())));
            afterChange();
        });
    }

    private String name(long participantId) {
        Participant p = day == null ? null : day.participants().get(participantId);
        return p == null ? "?" : p.fullName();
    }

    private void refused(Throwable error) {
        if (error instanceof ValidationException v) {
            message.set(v.errors().stream().map(e -> messages.format(e.messageKey(), e.arguments().toArray()))
                    .reduce((a, b) -> a + " " + b).orElse(""));
        } else {
            message.set(messages.format("transport.saveFailed", be.dagpuzzel.ui.FailureText.reason(messages, error)));
        }
        refresh();
    }

    // --- the stops -----------------------------------------------------------------------------

    /**
     * Moves a stop from the run {@code fromRunId} to {@code index} of the run {@code toRunId} (the
     * same run or another of the same direction): shown and re-timed at once, then stored.
     */
    public void moveStop(long participantId, long fromRunId, long toRunId, int index) {
        if (day == null) {
            return;
        }
        Optional<RunState> from = day.run(fromRunId)
                .filter(r -> r.stops().stream().anyMatch(s -> s.participantId() == participantId));
        Optional<RunState> to = day.run(toRunId);
        if (from.isEmpty() || to.isEmpty()) {
            return;
        }
        if (from.get().run().direction() != to.get().run().direction()) {
            message.set(messages.get("transport.move.otherDirection"));
            return;
        }
        Map<Long, List<Long>> before = order(from.get(), to.get());
        Map<Long, List<Long>> after = new LinkedHashMap<>();
        before.forEach((run, ids) -> after.put(run, new ArrayList<>(ids)));
        List<Long> source = after.get(from.get().run().id());
        int oldIndex = source.indexOf(participantId);
        source.remove(participantId);
        List<Long> target = after.get(toRunId);
        int at = Math.max(0, Math.min(index, target.size()));
        if (from.get().run().id() == toRunId && oldIndex < index) {
            at = Math.max(0, Math.min(index - 1, target.size()));
        }
        target.add(at, participantId);
        if (after.equals(before)) {
            return;
        }
        applyOrder(after, true);
        message.set("");
    }

    /**
     * Puts someone who is coming but on no run of that direction (own transport, no usual run) on
     * the run {@code toRunId} at {@code index}: shown at once, then stored.
     */
    public void addToRun(long participantId, long toRunId, int index) {
        Optional<RunState> to = day == null ? Optional.empty() : day.run(toRunId);
        if (to.isEmpty()) {
            return;
        }
        boolean alreadyOnOne = day.runs().stream().filter(r -> r.run().direction() == to.get().run().direction())
                .anyMatch(r -> r.stops().stream().anyMatch(s -> s.participantId() == participantId));
        if (alreadyOnOne) {
            day.runs().stream().filter(r -> r.run().direction() == to.get().run().direction()
                    && r.stops().stream().anyMatch(s -> s.participantId() == participantId)).findFirst()
                    .ifPresent(from -> moveStop(participantId, from.run().id(), toRunId, index));
            return;
        }
        Map<Long, List<Long>> after = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(to.get().stops().stream().map(Stop::participantId).toList());
        ids.add(Math.max(0, Math.min(index, ids.size())), participantId);
        after.put(toRunId, ids);
        applyOrder(after, true);
        boolean onBoth = day.runs().stream().map(RunState::run).map(r -> r.direction()).distinct()
                .allMatch(direction -> day.runs().stream().filter(r -> r.run().direction() == direction)
                        .anyMatch(r -> r.stops().stream().anyMatch(st -> st.participantId() == participantId)));
        if (onBoth) {
            withoutRun.removeIf(p -> p.id() == participantId);
        }
        message.set("");
    }

    /** Moves the stop one place earlier (-1) or later (+1) in its run. */
    public void nudge(long runId, long participantId, int delta) {
        day.run(runId).ifPresent(run -> {
            List<Long> ids = run.stops().stream().map(Stop::participantId).toList();
            int index = ids.indexOf(participantId);
            int target = index + delta;
            if (index < 0 || target < 0 || target >= ids.size()) {
                return;
            }
            moveStop(participantId, runId, runId, delta > 0 ? target + 1 : target);
        });
    }

    /** The shortest order for the run (exact up to 12 stops). */
    public void optimise(long runId) {
        reorder(runId, (planner, run, inputs) -> planner.optimise(run.run().direction(), day.centre(), inputs),
                "transport.optimised");
    }

    /** Back to the usual order: farthest first in the morning, nearest first in the evening. */
    public void usualOrder(long runId) {
        reorder(runId, (planner, run, inputs) -> planner.defaultOrder(run.run().direction(), day.centre(), inputs),
                "transport.usualOrder.done");
    }

    private interface Ordering {
        List<StopInput> order(RunPlanner planner, RunState run, List<StopInput> inputs);
    }

    private void reorder(long runId, Ordering ordering, String doneKey) {
        day.run(runId).ifPresent(run -> {
            RunPlanner planner = new RunPlanner(new Travel(day.settings()));
            List<StopInput> inputs = run.stops().stream().map(s -> StopInput.of(day.participants().get(s.participantId())))
                    .toList();
            List<Long> ordered = ordering.order(planner, run, inputs).stream().map(StopInput::participantId).toList();
            Map<Long, List<Long>> after = new LinkedHashMap<>();
            after.put(runId, ordered);
            message.set(messages.format(doneKey, run.route().name()));
            if (!ordered.equals(run.stops().stream().map(Stop::participantId).toList())) {
                applyOrder(after, true);
            }
        });
    }

    private static Map<Long, List<Long>> order(RunState... states) {
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        for (RunState s : states) {
            result.put(s.run().id(), s.stops().stream().map(Stop::participantId).toList());
        }
        return result;
    }

    /** Shows the new order at once and stores it; with {@code remember} it goes on the undo stack. */
    private void applyOrder(Map<Long, List<Long>> after, boolean remember) {
        Map<Long, List<Long>> before = new LinkedHashMap<>();
        for (Long runId : after.keySet()) {
            day.run(runId).ifPresent(r -> before.put(runId, r.stops().stream().map(Stop::participantId).toList()));
        }
        showOrder(after);
        LocalDate when = date.get();
        runner.save(p -> {
            transport.setStops(when, after);
            return null;
        }, x -> { }, this::refused);
        if (remember) {
            remember(new Change(() -> applyOrder(before, false), () -> applyOrder(after, false)));
        }
    }

    private void showOrder(Map<Long, List<Long>> order) {
        List<RunState> states = new ArrayList<>();
        for (RunState r : day.runs()) {
            List<Long> ids = order.get(r.run().id());
            if (ids == null) {
                states.add(r);
                continue;
            }
            // what was written back travels with the stop, but only between runs of the same direction
            Map<Long, Stop> old = new java.util.HashMap<>();
            day.runs().stream().filter(x -> x.run().direction() == r.run().direction())
                    .forEach(x -> x.stops().forEach(s -> old.putIfAbsent(s.participantId(), s)));
            List<Stop> stops = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
                Stop was = old.get(ids.get(i));
                stops.add(new Stop(r.run().id(), ids.get(i), i, was == null ? Optional.empty() : was.outcome(),
                        was == null ? Optional.empty() : was.actualTime()));
            }
            states.add(new RunState(r.run(), r.route(), stops, r.crew()));
        }
        day = day.withRuns(states);
        show();
    }

    // --- vehicle and crew ----------------------------------------------------------------------

    public void setVehicle(long runId, Optional<Long> vehicleId) {
        runner.save(p -> {
            transport.setVehicle(runId, vehicleId);
            return null;
        }, x -> afterChange(), this::refused);
    }

    /** People for a driver or companion place, best first by the roster's rules, each with why or why not. */
    public List<TransportModels.Choice> choicesFor(long slotId) {
        if (day == null) {
            return List.of();
        }
        return new BoardPresenter(rules, messages).candidates(day.roster(), new SeatRef(slotId, 0)).stream()
                .map(c -> new TransportModels.Choice(c.staffId(), c.name(), c.fits() ? "" : withoutName(c.reason(),
                        c.name()))).toList();
    }

    /** "Joris Desmet: lift-bus training has expired" shown after the name reads "lift-bus training has expired". */
    private static String withoutName(String reason, String name) {
        if (!reason.startsWith(name)) {
            return reason;
        }
        String rest = reason.substring(name.length()).replaceFirst("^[:,]?\\s*", "");
        return rest.isEmpty() ? reason : rest;
    }

    public void setCrew(long slotId, Optional<Long> staffId) {
        LocalDate when = date.get();
        runner.save(p -> {
            transport.assignCrew(when, slotId, staffId);
            return null;
        }, x -> afterChange(), this::refused);
    }

    /** Adds the run's driver and companion places to the day's roster. */
    public void addRosterPlaces(long runId) {
        day.run(runId).ifPresent(run -> {
            PlannedRun plannedRun = planned.stream().filter(r -> r.state().run().id() == runId).findFirst().orElseThrow();
            LocalTime from = plannedRun.timing().departure().minusMinutes(15);
            LocalTime to = plannedRun.timing().arrival().plusMinutes(15);
            String label = run.route().name() + " " + messages.get("transport.label." + run.run().direction().name());
            LocalDate when = date.get();
            runner.save(p -> {
                transport.addRosterPlaces(when, runId, label, from, to);
                return null;
            }, x -> afterChange(), this::refused);
        });
    }

    /** Stores what the driver wrote on the sheet after the run. */
    void recordAfterRun(long runId, RunActualsDialog.Entered entered) {
        runner.save(p -> {
            transport.recordAfterRun(runId, entered.kmStart(), entered.kmEnd(), entered.departure(), entered.arrival(),
                    entered.stops());
            return null;
        }, x -> {
            message.set(messages.get("transport.actuals.saved"));
            afterChange();
        }, this::refused);
    }

    // --- route sheets --------------------------------------------------------------------------

    /** The sheets of all runs with stops (or of one run), in run order. */
    public List<RouteSheetData> sheets(Optional<Long> onlyRun) {
        return day == null ? new ArrayList<>() : sheets(day, planned, onlyRun);
    }

    /** The sheets of {@code day}'s planned runs with stops (or of one run), in run order; the benchmarks use it too. */
    public static List<RouteSheetData> sheets(TransportDay day, List<PlannedRun> planned, Optional<Long> onlyRun) {
        List<RouteSheetData> result = new ArrayList<>();
        for (PlannedRun run : planned) {
            RunState state = run.state();
            if (onlyRun.isPresent() ? onlyRun.get() != state.run().id() : run.stops().isEmpty()) {
                continue;
            }
            List<SheetStop> stops = new ArrayList<>();
            for (int i = 0; i < run.stops().size(); i++) {
                Participant p = day.participants().get(run.stops().get(i).participantId());
                stops.add(new SheetStop(i + 1, run.timing().stops().get(i).planned(), p.fullName(),
                        p.address().oneLine(), p.phone(), p.aid(), p.loadMinutes(), p.doorToDoor(), p.driverNote()));
            }
            // only this run's own people who called off: the driver needs no one else's names
            List<String> notComing = day.notComing().stream().map(a -> day.participants().get(a.participantId()))
                    .filter(p -> p.usualRouteId().equals(Optional.of(state.route().id()))).map(Participant::fullName)
                    .toList();
            Optional<Vehicle> vehicle = day.vehicle(state.run().vehicleId());
            result.add(new RouteSheetData(day.date(), day.centreName(), state.route().name(), state.run().direction(),
                    vehicle.map(Vehicle::name).orElse(""), vehicle.map(Vehicle::plate).orElse(""),
                    day.staffName(state.crew().driverId()), day.staffName(state.crew().companionId()),
                    run.timing().departure(), run.timing().end(state.run().direction()), stops, notComing));
        }
        return result;
    }

    /** Writes the sheets as one PDF (on the long-work thread) and hands the bytes over. */
    public void printSheets(Optional<Long> onlyRun, boolean largePrint, Consumer<byte[]> done) {
        List<RouteSheetData> sheets = sheets(onlyRun);
        if (sheets.isEmpty()) {
            message.set(messages.get("transport.print.nothing"));
            return;
        }
        runner.run(TaskRunner.Kind.LONG, p -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new RouteSheet(messages).write(sheets, largePrint, java.time.LocalDateTime.now(), out);
            return out.toByteArray();
        }, done, error -> message.set(messages.format("transport.saveFailed",
                be.dagpuzzel.ui.FailureText.reason(messages, error))));
    }

    // --- undo ----------------------------------------------------------------------------------

    private void remember(Change change) {
        undo.push(change);
        redo.clear();
        updateUndo();
    }

    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        Change change = undo.pop();
        redo.push(change);
        change.undo().run();
        message.set(messages.get("transport.undone"));
        updateUndo();
        return true;
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        Change change = redo.pop();
        undo.push(change);
        change.redo().run();
        updateUndo();
    }

    private void updateUndo() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    // --- properties ----------------------------------------------------------------------------

    public ObservableList<TransportModels.RunCard> runs() {
        return runs;
    }

    public ObservableList<TransportModels.CallLine> calls() {
        return calls;
    }

    public ObservableList<TransportModels.Expected> expected() {
        return expected;
    }

    public ObservableList<TransportModels.Expected> withoutRun() {
        return withoutRun;
    }

    public ObservableList<Vehicle> vehicles() {
        return vehicles;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty workingDayProperty() {
        return workingDay;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    Optional<TransportDay> day() {
        return Optional.ofNullable(day);
    }
}
