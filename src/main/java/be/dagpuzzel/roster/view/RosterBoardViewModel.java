package be.dagpuzzel.roster.view;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.roster.Assignment;
import be.dagpuzzel.roster.DayBoard;
import be.dagpuzzel.roster.PlanBuilder;
import be.dagpuzzel.roster.RosterService;
import be.dagpuzzel.roster.rules.RosterPlan;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * The morning board of one date: who is here, the slots and who fills them, and what the rules
 * say. Every edit is shown at once, stored as the day's whole set of assignments and checked
 * again; each one (an auto-plan included) can be undone and redone.
 */
public final class RosterBoardViewModel {

    private final TaskRunner runner;
    private final RosterService roster;
    private final RosterRules rules;
    private final BoardPresenter presenter;
    private final Messages messages;
    private final ObservableList<BoardModels.PersonLine> here = FXCollections.observableArrayList();
    private final ObservableList<BoardModels.PersonLine> away = FXCollections.observableArrayList();
    private final ObservableList<BoardModels.SlotCard> slots = FXCollections.observableArrayList();
    private final ObservableList<BoardModels.WarningLine> warnings = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty planning = new SimpleBooleanProperty(this, "planning");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final BooleanProperty workingDay = new SimpleBooleanProperty(this, "workingDay", true);
    private final BooleanProperty checking = new SimpleBooleanProperty(this, "checking");
    /** What the board was before an edit: its slots and who filled them. */
    private record State(List<be.dagpuzzel.roster.RosterSlot> slots, List<Assignment> assignments) {
    }

    private final Deque<State> undo = new ArrayDeque<>();
    private final Deque<State> redo = new ArrayDeque<>();
    private DayBoard board;

    public RosterBoardViewModel(TaskRunner runner, RosterService roster, RosterRules rules, Messages messages) {
        this.runner = runner;
        this.roster = roster;
        this.rules = rules;
        this.messages = messages;
        this.presenter = new BoardPresenter(rules, messages);
    }

    /** Opens the board of {@code day} (making its slots from the template the first time). */
    public void load(LocalDate day) {
        date.set(day);
        message.set("");
        undo.clear();
        redo.clear();
        updateUndoState();
        if (!presenter.rulesReady()) {
            // at start-up the rules are still being compiled (about a second of CPU): show the
            // day's places at once and the warnings when the check is done
            runner.load(p -> presenter.unchecked(roster.open(day)), unchecked -> {
                if (day.equals(date.get())) {
                    apply(unchecked);
                    runner.load(p -> presenter.show(unchecked.board()), shown -> {
                        if (board == unchecked.board()) { // no edit or other day since: an edit brings its own check
                            apply(shown);
                        }
                    });
                }
            });
            return;
        }
        runner.load(p -> presenter.show(roster.open(day)), shown -> {
            if (day.equals(date.get())) {
                apply(shown);
            }
        });
    }

    /** Reloads the day as stored (after changes elsewhere, such as an absence), keeping the undo history. */
    public void refresh() {
        LocalDate day = date.get();
        if (day != null) {
            runner.load(p -> presenter.show(roster.open(day)), shown -> {
                if (day.equals(date.get())) {
                    apply(shown);
                }
            });
        }
    }

    private void apply(BoardPresenter.Shown shown) {
        board = shown.board();
        workingDay.set(board.workingDay());
        checking.set(!shown.checked());
        summary.set(board.slots().isEmpty() ? closedText(board)
                : shown.checked() ? messages.format("roster.summary", shown.openSeats(), shown.hardCount())
                : messages.format("roster.summary.checking", shown.openSeats()));
        here.setAll(shown.here());
        away.setAll(shown.away());
        slots.setAll(shown.slots());
        warnings.setAll(shown.warnings());
    }

    private String closedText(DayBoard day) {
        if (day.workingDay()) {
            return messages.get("roster.noSlots");
        }
        return day.closedBecause().map(why -> messages.format("roster.closedBecause", why))
                .orElseGet(() -> messages.get("roster.closed"));
    }

    // --- edits ---------------------------------------------------------------------------------

    public List<Assignment> assignments() {
        return board == null ? List.of() : board.assignments();
    }

    /** Puts {@code staffId} on the place, by hand (auto-plan will keep it). */
    public void assign(SeatRef seat, long staffId) {
        List<Assignment> next = without(assignments(), seat);
        next.add(new Assignment(seat.slotId(), seat.position(), staffId, true));
        change(next);
    }

    public void unassign(SeatRef seat) {
        if (find(seat).isPresent()) {
            change(without(assignments(), seat));
        }
    }

    /** Moves who is on {@code from} to {@code to}; whoever was on {@code to} goes to {@code from}. */
    public void move(SeatRef from, SeatRef to) {
        if (from.equals(to)) {
            return;
        }
        Optional<Assignment> a = find(from);
        Optional<Assignment> b = find(to);
        List<Assignment> next = without(without(assignments(), from), to);
        a.ifPresent(x -> next.add(new Assignment(to.slotId(), to.position(), x.staffId(), true)));
        b.ifPresent(x -> next.add(new Assignment(from.slotId(), from.position(), x.staffId(), true)));
        change(next);
    }

    private Optional<Assignment> find(SeatRef seat) {
        return assignments().stream().filter(a -> a.slotId() == seat.slotId() && a.position() == seat.position())
                .findFirst();
    }

    private static List<Assignment> without(List<Assignment> list, SeatRef seat) {
        return list.stream().filter(a -> !(a.slotId() == seat.slotId() && a.position() == seat.position()))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    private State state() {
        return new State(board.slots(), board.assignments());
    }

    private void change(List<Assignment> next) {
        undo.push(state());
        redo.clear();
        store(next);
    }

    /** Shows {@code next} at once (checked in the background) and stores it. */
    private void store(List<Assignment> next) {
        updateUndoState();
        DayBoard changed = board.withAssignments(next);
        board = changed;
        LocalDate day = changed.date();
        runner.run(TaskRunner.Kind.SAVE, p -> {
            roster.setAssignments(day, next);
            return presenter.show(changed);
        }, shown -> {
            if (day.equals(date.get())) {
                apply(shown);
            }
        }, error -> {
            message.set(messages.get("roster.saveFailed"));
            refresh();
            throw new IllegalStateException("storing the roster failed", error);
        });
    }

    public void undo() {
        if (!undo.isEmpty() && board != null) {
            message.set("");
            redo.push(state());
            back(undo.pop());
        }
    }

    public void redo() {
        if (!redo.isEmpty() && board != null) {
            message.set("");
            undo.push(state());
            back(redo.pop());
        }
    }

    /** Returns to {@code state}: only the assignments, or the slots too when those changed. */
    private void back(State target) {
        if (target.slots().equals(board.slots())) {
            store(target.assignments());
            return;
        }
        updateUndoState();
        LocalDate day = board.date();
        runner.run(TaskRunner.Kind.SAVE, p -> {
            roster.restore(day, target.slots(), target.assignments());
            return presenter.show(roster.open(day));
        }, this::applyIfShown, error -> {
            refresh();
            throw new IllegalStateException("restoring the board failed", error);
        });
    }

    private void applyIfShown(BoardPresenter.Shown shown) {
        if (shown.board().date().equals(date.get())) {
            apply(shown);
        }
    }

    // --- slots for today only ------------------------------------------------------------------

    /** A slot for this day only (the template stays as it is). */
    public void addSlot(long taskTypeId, String label, String from, String to, int people) {
        java.util.Optional<be.dagpuzzel.core.TimeRange> hours = hours(from, to);
        if (hours.isEmpty() || board == null) {
            return;
        }
        LocalDate day = board.date();
        slotChange(() -> roster.addSlot(day, taskTypeId, label, hours.get(), people));
    }

    public void removeSlot(long slotId) {
        slotChange(() -> {
            roster.removeSlot(slotId);
            return null;
        });
    }

    public void retimeSlot(long slotId, String from, String to) {
        java.util.Optional<be.dagpuzzel.core.TimeRange> hours = hours(from, to);
        slot(slotId).ifPresent(slot -> hours.ifPresent(h -> slotChange(() -> {
            roster.updateSlot(slot.withHours(h));
            return null;
        })));
    }

    /** One place more or less on a slot (at least one); a place given up takes its person off. */
    public void changePlaces(long slotId, int delta) {
        slot(slotId).ifPresent(slot -> {
            int people = Math.max(1, Math.min(20, slot.peopleNeeded() + delta));
            if (people == slot.peopleNeeded()) {
                return;
            }
            List<Assignment> kept = assignments().stream()
                    .filter(a -> a.slotId() != slotId || a.position() < people).toList();
            LocalDate day = board.date();
            slotChange(() -> {
                roster.updateSlot(new be.dagpuzzel.roster.RosterSlot(slot.id(), slot.day(), slot.taskTypeId(),
                        slot.label(), slot.hours(), people, slot.sortOrder(), slot.templateSlotId()));
                roster.setAssignments(day, kept);
                return null;
            });
        });
    }

    private java.util.Optional<be.dagpuzzel.roster.RosterSlot> slot(long slotId) {
        return board == null ? java.util.Optional.empty()
                : board.slots().stream().filter(s -> s.id() == slotId).findFirst();
    }

    private java.util.Optional<be.dagpuzzel.core.TimeRange> hours(String from, String to) {
        var start = be.dagpuzzel.core.TimeText.parse(from);
        var end = be.dagpuzzel.core.TimeText.parse(to);
        if (start.isEmpty() || end.isEmpty()) {
            message.set(messages.get("validation.time"));
            return java.util.Optional.empty();
        }
        if (!end.get().isAfter(start.get())) {
            message.set(messages.get("validation.endBeforeStart"));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new be.dagpuzzel.core.TimeRange(start.get(), end.get()));
    }

    private void slotChange(java.util.concurrent.Callable<?> work) {
        if (board == null) {
            return;
        }
        undo.push(state());
        redo.clear();
        updateUndoState();
        LocalDate day = board.date();
        runner.run(TaskRunner.Kind.SAVE, p -> {
            work.call();
            return presenter.show(roster.open(day));
        }, this::applyIfShown, error -> {
            undo.pop();
            updateUndoState();
            if (error instanceof ValidationException invalid) {
                message.set(messages.text(invalid.errors().getFirst()));
            } else {
                throw new IllegalStateException("changing a slot failed", error);
            }
        });
    }

    // --- people for today ----------------------------------------------------------------------

    /** Someone arrives at {@code arrivalText} instead of their usual start. */
    public void markLate(long staffId, String arrivalText) {
        var arrival = be.dagpuzzel.core.TimeText.parse(arrivalText);
        if (arrival.isEmpty() || board == null) {
            message.set(messages.get("validation.time"));
            return;
        }
        LocalDate day = board.date();
        peopleChange(() -> roster.markLate(day, staffId, arrival.get()));
    }

    /** Someone not scheduled today comes in from..to. */
    public void addExtra(long staffId, String from, String to) {
        java.util.Optional<be.dagpuzzel.core.TimeRange> hours = hours(from, to);
        if (hours.isEmpty() || board == null) {
            return;
        }
        LocalDate day = board.date();
        peopleChange(() -> roster.addExtra(day, new be.dagpuzzel.roster.DayExtra(staffId, hours.get())));
    }

    private void peopleChange(Runnable work) {
        LocalDate day = board.date();
        runner.run(TaskRunner.Kind.SAVE, p -> {
            work.run();
            return presenter.show(roster.open(day));
        }, this::applyIfShown, error -> {
            if (error instanceof ValidationException invalid) {
                message.set(messages.text(invalid.errors().getFirst()));
            } else {
                throw new IllegalStateException("changing who is here failed", error);
            }
        });
    }

    /** Everyone under contract today who is not expected: who could come in extra. */
    public List<BoardModels.PersonLine> couldComeExtra() {
        if (board == null) {
            return List.of();
        }
        return board.staff().stream()
                .filter(d -> !d.isExpected() && d.wholeDayAbsence().isEmpty() && board.extra(d.member().id()).isEmpty())
                .map(d -> new BoardModels.PersonLine(d.member().id(), d.member().fullName(), "", false, 0))
                .sorted(java.util.Comparator.comparing(BoardModels.PersonLine::name)).toList();
    }

    /** The task types in use, for adding a slot. */
    public List<be.dagpuzzel.settings.TaskType> taskTypes() {
        return board == null ? List.of() : board.taskTypes().stream().filter(be.dagpuzzel.settings.TaskType::active).toList();
    }

    private void updateUndoState() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    /** Ranks everyone for {@code seat} in the background; {@code then} gets the list on the FX thread. */
    public void candidates(SeatRef seat, java.util.function.Consumer<List<BoardModels.Candidate>> then) {
        if (board == null) {
            return;
        }
        DayBoard shown = board;
        runner.load(p -> presenter.candidates(shown, seat), then);
    }

    // --- whole-day actions ---------------------------------------------------------------------

    /** Fills the open places with auto-plan; what was set by hand stays. One undo takes it all back. */
    public void autoPlan() {
        if (board == null || planning.get() || board.slots().isEmpty()) {
            return;
        }
        solve(PlanBuilder.build(board), "roster.autoPlan.done");
    }

    private void solve(RosterPlan problem, String doneKey) {
        planning.set(true);
        message.set("");
        DayBoard start = board;
        List<Assignment> before = start.assignments();
        runner.run(TaskRunner.Kind.LONG, p -> {
            p.update(-1, messages.get("roster.autoPlan.running"));
            return rules.autoPlan(problem, p::isCancelled, score -> p.update(-1,
                    messages.format("roster.autoPlan.progress", -score.hardScore())));
        }, solved -> {
            planning.set(false);
            if (board != start) {
                message.set(messages.get("roster.autoPlan.outdated"));
                return;
            }
            List<Assignment> result = PlanBuilder.assignments(solved);
            long changed = result.stream().filter(a -> !before.contains(a)).count();
            message.set(messages.format(doneKey, changed));
            change(result);
        }, error -> {
            planning.set(false);
            throw new IllegalStateException("auto-plan failed", error);
        });
    }

    /**
     * After a late absence: empties the places of people who are not here and fills only those,
     * leaving everyone else where they are.
     */
    public void replan() {
        if (board == null || planning.get()) {
            return;
        }
        RosterPlan problem = PlanBuilder.build(board);
        int freed = 0;
        for (var seat : problem.getSeats()) {
            if (seat.isFilled() && !seat.getWorker().isPresent()) {
                seat.setWorker(null);
                seat.setPinned(false);
                freed++;
            } else {
                seat.setPinned(seat.isFilled());
            }
        }
        if (freed == 0) {
            message.set(messages.get("roster.replan.nothing"));
            return;
        }
        solve(problem, "roster.replan.done");
    }

    public void stopAutoPlan() {
        runner.requestCancel();
    }

    /** Throws the day's plan away and starts again from the bare weekday template (undoable). */
    public void startFromTemplate() {
        if (board == null || !board.workingDay()) {
            return;
        }
        LocalDate day = board.date();
        slotChange(() -> {
            roster.resetToTemplate(day);
            return null;
        });
        message.set(messages.get("roster.template.done"));
    }

    /** Starts the day from the last same weekday's plan, with the people who are here today. */
    public void copyFromLastWeek() {
        if (board == null) {
            return;
        }
        LocalDate day = board.date();
        Set<Long> present = here.stream().map(BoardModels.PersonLine::staffId).collect(Collectors.toSet());
        State before = state();
        int had = before.assignments().size();
        runner.run(TaskRunner.Kind.SAVE, p -> roster.copyFromLastWeek(day, present), copied -> {
            if (copied.size() > had) {
                undo.push(before);
                redo.clear();
                updateUndoState();
            }
            message.set(messages.format("roster.copied", copied.size() - had));
            refresh();
        }, error -> {
            if (error instanceof ValidationException invalid) {
                message.set(messages.text(invalid.errors().getFirst()));
            } else {
                throw new IllegalStateException("copying last week failed", error);
            }
        });
    }

    /** Writes the day's roster as an A4 PDF to {@code file}; {@code then} gets the file once written. */
    public void saveSheet(java.nio.file.Path file, String centreName, java.util.function.Consumer<java.nio.file.Path> then) {
        if (board == null) {
            return;
        }
        DayBoard shown = board;
        runner.run(TaskRunner.Kind.SAVE, p -> {
            be.dagpuzzel.core.AtomicFile.write(file, out -> new be.dagpuzzel.roster.print.RosterSheet(messages)
                    .write(shown, centreName, java.time.LocalDateTime.now(), out));
            return file;
        }, written -> {
            message.set(messages.format("roster.print.saved", written.getFileName()));
            then.accept(written);
        }, error -> {
            if (be.dagpuzzel.store.DiskProblem.of(error, file).isPresent()) {
                message.set(messages.format("roster.print.failed", file.getFileName(),
                        be.dagpuzzel.ui.FailureText.reasonForFile(messages, error, file)));
                return;
            }
            throw new IllegalStateException("writing the roster PDF failed", error);
        });
    }

    // --- properties -------------------------------------------------------------------------------

    public ObservableList<BoardModels.PersonLine> here() {
        return here;
    }

    public ObservableList<BoardModels.PersonLine> away() {
        return away;
    }

    public ObservableList<BoardModels.SlotCard> slots() {
        return slots;
    }

    public ObservableList<BoardModels.WarningLine> warnings() {
        return warnings;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** "3 open places, 1 problem". */
    public StringProperty summaryProperty() {
        return summary;
    }

    /** True while the day is shown before the rules have checked it (at start-up, for about a second). */
    public javafx.beans.property.ReadOnlyBooleanProperty checkingProperty() {
        return checking;
    }

    /** The outcome of the last whole-day action ("auto-plan filled 12 places"). */
    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty planningProperty() {
        return planning;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public BooleanProperty workingDayProperty() {
        return workingDay;
    }
}
