package be.dagpuzzel.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.roster.rules.OnboardingStage;
import be.dagpuzzel.settings.DayTemplateService;
import be.dagpuzzel.settings.TaskCatalogue;
import be.dagpuzzel.settings.TemplateSlot;
import be.dagpuzzel.staff.StaffDay;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.store.Store;

/**
 * The day's roster: opening a day makes its slots from the weekday's template the first time;
 * assignments are stored as a whole for the day, so that any board edit, an auto-plan or an undo
 * is one transaction.
 */
public final class RosterService implements OnboardingStages {

    public static final String FROM_TEMPLATE = "TEMPLATE";
    public static final String FROM_LAST_WEEK = "LAST_WEEK";

    private final Store store;
    private final RosterRepository repository;
    private final StaffService staff;
    private final TaskCatalogue catalogue;
    private final DayTemplateService templates;

    public RosterService(Store store, RosterRepository repository, StaffService staff, TaskCatalogue catalogue,
                         DayTemplateService templates) {
        this.store = store;
        this.repository = repository;
        this.staff = staff;
        this.catalogue = catalogue;
        this.templates = templates;
        staff.addHistory(repository::hasAssignments);
    }

    /** The board of {@code date}; on a working day seen for the first time its slots come from the template. */
    public DayBoard open(LocalDate date) {
        List<be.dagpuzzel.settings.ClosingDay> closing = templates.closingDays();
        Optional<String> closedBecause = closing.stream().filter(c -> c.date().equals(date)).findFirst()
                .map(be.dagpuzzel.settings.ClosingDay::description).filter(d -> !d.isBlank());
        boolean working = new be.dagpuzzel.core.WorkingDays(
                d -> closing.stream().anyMatch(c -> c.date().equals(d))).isWorkingDay(date);
        if (working) {
            store.transaction(dsl -> {
                if (!repository.dayExists(dsl, date)) {
                    createFromTemplate(dsl, date);
                }
            });
        }
        return read(date, working, closedBecause);
    }

    private DayBoard read(LocalDate date, boolean working, Optional<String> closedBecause) {
        DSLContext dsl = store.dsl();
        List<StaffDay> people = new ArrayList<>(staff.day(date));
        List<DayExtra> extras = repository.extras(dsl, date);
        Set<Long> listed = people.stream().map(d -> d.member().id()).collect(Collectors.toSet());
        for (DayExtra extra : extras) {
            if (!listed.contains(extra.staffId())) {
                staff.find(extra.staffId()).ifPresent(m -> people.add(new StaffDay(m, Optional.empty(), List.of())));
            }
        }
        return new DayBoard(date, working, repository.slots(dsl, date), repository.assignments(dsl, date), people,
                extras, catalogue.taskTypes(), catalogue.skills(), staff.allSkills(), staff.allPreferences(),
                repository.stages(dsl, date), repository.history(dsl, date.minusDays(PlanBuilder.HISTORY_DAYS), date.minusDays(1)),
                closedBecause);
    }

    private void createFromTemplate(DSLContext dsl, LocalDate date) {
        repository.createDay(dsl, date, FROM_TEMPLATE);
        int order = 0;
        for (TemplateSlot t : templates.slots(date.getDayOfWeek())) {
            repository.insertSlot(dsl, new RosterSlot(0, date, t.taskTypeId(), t.label(), t.hours(), t.peopleNeeded(),
                    ++order, Optional.of(t.id())), false);
        }
    }

    /** Stores the day's assignments as given (the board's edits, an auto-plan, an undo). */
    public List<Assignment> setAssignments(LocalDate date, List<Assignment> assignments) {
        return store.transactionResult(dsl -> {
            Set<Long> slotsOfDay = repository.slots(dsl, date).stream().map(RosterSlot::id).collect(Collectors.toSet());
            Set<String> places = new HashSet<>();
            for (Assignment a : assignments) {
                if (!slotsOfDay.contains(a.slotId()) || !places.add(a.slotId() + "#" + a.position())) {
                    throw new IllegalArgumentException("assignment not on " + date + " or twice: " + a);
                }
            }
            repository.replaceAssignments(dsl, date, assignments);
            return repository.assignments(dsl, date);
        });
    }

    /**
     * Makes each of {@code days} that is a working day without a roster yet from its weekday's
     * template, and fills the places {@code places} picks among that day's new slots: all in one
     * transaction and without the planning rules, for a past brought in at once (the demo centre's
     * history). Days that already have a roster are left as they are. Gives how many days were made.
     */
    public int fillPastDays(Collection<LocalDate> days, BiFunction<LocalDate, List<RosterSlot>, List<Assignment>> places) {
        if (days.isEmpty()) {
            return 0;
        }
        be.dagpuzzel.core.WorkingDays workingDays = templates.workingDays();
        Map<java.time.DayOfWeek, List<TemplateSlot>> template = new java.util.EnumMap<>(java.time.DayOfWeek.class);
        for (java.time.DayOfWeek d : java.time.DayOfWeek.values()) {
            template.put(d, templates.slots(d));
        }
        java.util.TreeSet<LocalDate> wanted = days.stream().filter(workingDays::isWorkingDay)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        return store.transactionResult(dsl -> {
            if (wanted.isEmpty()) {
                return 0;
            }
            wanted.removeAll(repository.daysBetween(dsl, wanted.first(), wanted.last()));
            List<RosterSlot> slots = new ArrayList<>();
            for (LocalDate day : wanted) {
                int order = 0;
                for (TemplateSlot t : template.get(day.getDayOfWeek())) {
                    slots.add(new RosterSlot(0, day, t.taskTypeId(), t.label(), t.hours(), t.peopleNeeded(), ++order,
                            Optional.of(t.id())));
                }
            }
            repository.createDays(dsl, wanted, FROM_TEMPLATE);
            repository.insertSlots(dsl, slots);
            Map<LocalDate, List<RosterSlot>> made = repository.slotsBetween(dsl, wanted.first(), wanted.last()).stream()
                    .filter(s -> wanted.contains(s.day()))
                    .collect(Collectors.groupingBy(RosterSlot::day, java.util.TreeMap::new, Collectors.toList()));
            List<Assignment> filled = new ArrayList<>();
            made.forEach((day, ofDay) -> {
                Set<Long> ids = ofDay.stream().map(RosterSlot::id).collect(Collectors.toSet());
                Set<String> taken = new HashSet<>();
                for (Assignment a : places.apply(day, List.copyOf(ofDay))) {
                    if (!ids.contains(a.slotId()) || !taken.add(a.slotId() + "#" + a.position())) {
                        throw new IllegalArgumentException("assignment not on " + day + " or twice: " + a);
                    }
                    filled.add(a);
                }
            });
            repository.insertAssignments(dsl, filled);
            return wanted.size();
        });
    }

    /**
     * Fills the day's open places from the last same weekday's plan: slots that came from the same
     * template slot (or have the same label and task) get the same people, if those people are here
     * today and not yet placed. What is already on the board stays.
     */
    public List<Assignment> copyFromLastWeek(LocalDate date, Set<Long> hereToday) {
        return store.transactionResult(dsl -> {
            Optional<LocalDate> source = repository.lastSameWeekday(dsl, date);
            if (source.isEmpty()) {
                throw new ValidationException(List.of(FieldError.of("day", "roster.copy.noSource")));
            }
            List<RosterSlot> before = repository.slots(dsl, source.get());
            List<Assignment> old = repository.assignments(dsl, source.get());
            List<Assignment> result = new ArrayList<>(repository.assignments(dsl, date));
            Set<Long> placed = result.stream().map(Assignment::staffId).collect(Collectors.toCollection(HashSet::new));
            for (RosterSlot slot : repository.slots(dsl, date)) {
                Optional<RosterSlot> match = before.stream().filter(b -> sameSlot(b, slot)).findFirst();
                if (match.isEmpty()) {
                    continue;
                }
                for (Assignment a : old) {
                    boolean free = result.stream().noneMatch(r -> r.slotId() == slot.id() && r.position() == a.position());
                    if (a.slotId() == match.get().id() && a.position() < slot.peopleNeeded() && free
                            && hereToday.contains(a.staffId()) && placed.add(a.staffId())) {
                        result.add(new Assignment(slot.id(), a.position(), a.staffId(), true));
                    }
                }
            }
            repository.replaceAssignments(dsl, date, result);
            return repository.assignments(dsl, date);
        });
    }

    private static boolean sameSlot(RosterSlot a, RosterSlot b) {
        if (a.templateSlotId().isPresent() && b.templateSlotId().isPresent()) {
            return a.templateSlotId().equals(b.templateSlotId());
        }
        return a.taskTypeId() == b.taskTypeId() && a.label().equalsIgnoreCase(b.label())
                && a.hours().start().equals(b.hours().start());
    }

    /** Throws away the day's plan and makes it again from the bare template. */
    public void resetToTemplate(LocalDate date) {
        store.transaction(dsl -> {
            repository.deleteDay(dsl, date);
            createFromTemplate(dsl, date);
        });
    }

    /** Puts back the slots and assignments of a day exactly as they were (undo of slot edits). */
    public void restore(LocalDate date, List<RosterSlot> slots, List<Assignment> assignments) {
        store.transaction(dsl -> {
            repository.deleteSlots(dsl, date);
            if (!repository.dayExists(dsl, date)) {
                repository.createDay(dsl, date, FROM_TEMPLATE);
            }
            for (RosterSlot s : slots) {
                repository.insertSlot(dsl, s, true);
            }
            repository.replaceAssignments(dsl, date, assignments);
        });
    }

    public RosterSlot addSlot(LocalDate date, long taskTypeId, String label, TimeRange hours, int people) {
        if (people < 1 || people > 20) {
            throw new ValidationException(List.of(FieldError.of("people", "validation.between", 1, 20)));
        }
        return store.transactionResult(dsl -> {
            if (!repository.dayExists(dsl, date)) {
                repository.createDay(dsl, date, FROM_TEMPLATE);
            }
            int order = repository.slots(dsl, date).stream().mapToInt(RosterSlot::sortOrder).max().orElse(0) + 1;
            return repository.insertSlot(dsl, new RosterSlot(0, date, taskTypeId, label, hours, people, order,
                    Optional.empty()), false);
        });
    }

    public void updateSlot(RosterSlot slot) {
        store.transaction(dsl -> repository.updateSlot(dsl, slot));
    }

    public void removeSlot(long slotId) {
        store.transaction(dsl -> repository.deleteSlot(dsl, slotId));
    }

    /**
     * Someone arrives late: away from their usual start until {@code arrival} (a part-day absence,
     * so the board and the rules see the shorter day).
     */
    public void markLate(LocalDate date, long staffId, java.time.LocalTime arrival) {
        StaffDay day = staff.day(date).stream().filter(d -> d.member().id() == staffId).findFirst()
                .orElseThrow(() -> new ValidationException(List.of(FieldError.of("arrival", "roster.late.notToday"))));
        TimeRange hours = day.scheduled()
                .orElseThrow(() -> new ValidationException(List.of(FieldError.of("arrival", "roster.late.notToday"))));
        if (!arrival.isAfter(hours.start()) || !arrival.isBefore(hours.end())) {
            throw new ValidationException(List.of(FieldError.of("arrival", "roster.late.outside", hours)));
        }
        staff.recordAbsence(new be.dagpuzzel.staff.AbsenceDraft(staffId, be.dagpuzzel.staff.AbsenceKind.OTHER, date,
                date, Optional.of(new TimeRange(hours.start(), arrival)), "late"));
    }

    public void addExtra(LocalDate date, DayExtra extra) {
        store.transaction(dsl -> repository.setExtra(dsl, date, extra));
    }

    public void removeExtra(LocalDate date, long staffId) {
        store.transaction(dsl -> repository.removeExtra(dsl, date, staffId));
    }

    @Override
    public Map<Long, OnboardingStage> stagesOf(long staffId, LocalDate date) {
        return stages(date).getOrDefault(staffId, Map.of());
    }

    /** Everyone's stages on a date, from the signed-off ladder steps and open development goals. */
    public Map<Long, Map<Long, OnboardingStage>> stages(LocalDate date) {
        return repository.stages(store.dsl(), date);
    }
}
