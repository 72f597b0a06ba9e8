package be.dagpuzzel.roster;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.roster.rules.RosterPlan;
import be.dagpuzzel.roster.rules.Seat;
import be.dagpuzzel.roster.rules.SlotInfo;
import be.dagpuzzel.roster.rules.TaskRole;
import be.dagpuzzel.roster.rules.UsualDriver;
import be.dagpuzzel.roster.rules.Worker;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.Absence;
import be.dagpuzzel.staff.StaffDay;
import be.dagpuzzel.staff.StaffSkill;

/**
 * Turns a {@link DayBoard} into the rules' view of the day: a worker per person who could work,
 * a seat per place in every slot, and from the last four weeks each person's load per task, their
 * days in a row on it, and who usually drives each run.
 */
public final class PlanBuilder {

    static final int HISTORY_DAYS = 28;

    private PlanBuilder() {
    }

    public static RosterPlan build(DayBoard board) {
        Map<Long, TaskType> tasks = board.taskTypes().stream().collect(Collectors.toMap(TaskType::id, Function.identity()));
        List<Worker> workers = new ArrayList<>();
        Map<Long, Worker> byId = new HashMap<>();
        for (StaffDay day : board.staff()) {
            Worker w = worker(board, day);
            workers.add(w);
            byId.put(w.id(), w);
        }
        List<Seat> seats = new ArrayList<>();
        for (RosterSlot slot : board.slots()) {
            SlotInfo info = slotInfo(slot, tasks.get(slot.taskTypeId()));
            for (int position = 0; position < slot.peopleNeeded(); position++) {
                Optional<Assignment> a = board.assignmentAt(slot.id(), position);
                Worker w = a.map(x -> byId.get(x.staffId())).orElse(null);
                seats.add(new Seat(info, position, w, a.map(Assignment::byHand).orElse(false) && w != null));
            }
        }
        return new RosterPlan(workers, seats, usualDrivers(board, tasks, byId));
    }

    /** The run a driver or companion slot belongs to: same label and start time. */
    static String runKey(RosterSlot slot, TaskType type) {
        return runKey(slot.label(), slot.hours().start(), type);
    }

    private static String runKey(String label, LocalTime start, TaskType type) {
        if (type == null || !(type.is(TaskType.DRIVER) || type.is(TaskType.BUS_COMPANION))) {
            return "";
        }
        return label.strip().toLowerCase(java.util.Locale.ROOT) + "@" + start;
    }

    static SlotInfo slotInfo(RosterSlot slot, TaskType type) {
        TaskRole role = type == null ? TaskRole.OTHER
                : type.is(TaskType.DRIVER) ? TaskRole.DRIVER
                : type.is(TaskType.BUS_COMPANION) ? TaskRole.BUS_COMPANION : TaskRole.OTHER;
        return new SlotInfo(slot.id(), slot.taskTypeId(), role, slot.label(), slot.hours(),
                type == null ? Set.of() : type.requiredSkillIds(), type != null && type.heavy(), runKey(slot, type));
    }

    private static Worker worker(DayBoard board, StaffDay day) {
        long id = day.member().id();
        Optional<TimeRange> hours = board.extra(id).map(DayExtra::hours)
                .or(() -> day.isExpected() ? day.scheduled().map(h -> trimmed(h, day.absences())) : Optional.empty());
        int minutes = hours.isEmpty() ? 0 : board.extra(id).isPresent()
                ? (int) hours.get().duration().toMinutes() : (int) day.availableHours().toMinutes();
        Set<Long> valid = new HashSet<>();
        Set<Long> expired = new HashSet<>();
        for (StaffSkill s : board.skills().getOrDefault(id, List.of())) {
            (s.isExpiredOn(board.date()) ? expired : valid).add(s.skillId());
        }
        return new Worker(id, day.member().fullName(), hours, minutes, valid, expired,
                board.preferences().getOrDefault(id, Map.of()), board.stages().getOrDefault(id, Map.of()),
                recentLoad(board, id), daysInARow(board, id));
    }

    /** Hours shortened by a part-day absence at their start (late) or end (leaves early). */
    private static TimeRange trimmed(TimeRange hours, List<Absence> absences) {
        LocalTime start = hours.start();
        LocalTime end = hours.end();
        for (Absence a : absences) {
            TimeRange part = a.partOfDay().orElse(null);
            if (part == null) {
                continue;
            }
            if (!part.start().isAfter(start) && part.end().isAfter(start)) {
                start = part.end();
            } else if (!part.end().isBefore(end) && part.start().isBefore(end)) {
                end = part.start();
            }
        }
        return end.isAfter(start) ? new TimeRange(start, end) : hours;
    }

    private static Map<Long, Integer> recentLoad(DayBoard board, long staffId) {
        LocalDate from = board.date().minusDays(HISTORY_DAYS);
        Map<Long, Integer> load = new HashMap<>();
        for (PastAssignment p : board.history()) {
            if (p.staffId() == staffId && !p.day().isBefore(from) && p.day().isBefore(board.date())) {
                load.merge(p.taskTypeId(), 1, Integer::sum);
            }
        }
        return load;
    }

    /** Per task: on how many of the roster days right before this one the person did it, without a gap. */
    private static Map<Long, Integer> daysInARow(DayBoard board, long staffId) {
        List<LocalDate> days = board.history().stream().map(PastAssignment::day)
                .filter(d -> d.isBefore(board.date())).distinct().sorted(Comparator.reverseOrder()).toList();
        Map<LocalDate, Set<Long>> tasksOn = new HashMap<>();
        for (PastAssignment p : board.history()) {
            if (p.staffId() == staffId) {
                tasksOn.computeIfAbsent(p.day(), k -> new HashSet<>()).add(p.taskTypeId());
            }
        }
        Map<Long, Integer> streaks = new HashMap<>();
        Set<Long> candidates = days.isEmpty() ? Set.of() : tasksOn.getOrDefault(days.getFirst(), Set.of());
        for (Long task : candidates) {
            int n = 0;
            for (LocalDate d : days) {
                if (!tasksOn.getOrDefault(d, Set.of()).contains(task)) {
                    break;
                }
                n++;
            }
            streaks.put(task, n);
        }
        return streaks;
    }

    private static List<UsualDriver> usualDrivers(DayBoard board, Map<Long, TaskType> tasks, Map<Long, Worker> byId) {
        Map<String, Map<Long, Long>> counts = new HashMap<>();
        for (PastAssignment p : board.history()) {
            TaskType type = tasks.get(p.taskTypeId());
            if (type != null && type.is(TaskType.DRIVER) && p.day().isBefore(board.date())) {
                counts.computeIfAbsent(runKey(p.label(), p.start(), type), k -> new HashMap<>())
                        .merge(p.staffId(), 1L, Long::sum);
            }
        }
        List<UsualDriver> usual = new ArrayList<>();
        counts.forEach((run, byDriver) -> byDriver.entrySet().stream()
                .filter(e -> e.getValue() >= 3)
                .max(Map.Entry.<Long, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .ifPresent(e -> usual.add(new UsualDriver(run, e.getKey(),
                        byId.containsKey(e.getKey()) ? byId.get(e.getKey()).name() : "?"))));
        usual.sort(Comparator.comparing(UsualDriver::runKey));
        return usual;
    }

    /** Seats of a solved plan back to assignments; pinned seats keep their by-hand mark. */
    public static List<Assignment> assignments(RosterPlan plan) {
        return plan.getSeats().stream().filter(Seat::isFilled)
                .map(s -> new Assignment(s.getSlot().slotId(), s.getPosition(), s.getWorker().id(), s.isPinned()))
                .toList();
    }

}
