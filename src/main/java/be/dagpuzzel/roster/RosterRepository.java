package be.dagpuzzel.roster;

import static be.dagpuzzel.store.jooq.Tables.DAY_EXTRA;
import static be.dagpuzzel.store.jooq.Tables.LADDER_STEP;
import static be.dagpuzzel.store.jooq.Tables.POP_GOAL;
import static be.dagpuzzel.store.jooq.Tables.STEP_SIGNOFF;
import static be.dagpuzzel.store.jooq.Tables.ROSTER_ASSIGNMENT;
import static be.dagpuzzel.store.jooq.Tables.ROSTER_DAY;
import static be.dagpuzzel.store.jooq.Tables.ROSTER_SLOT;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;

import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.roster.rules.OnboardingStage;
import be.dagpuzzel.store.jooq.tables.records.RosterSlotRecord;

/** The roster tables: days, their slots and assignments, extras, and the onboarding stages read from the progress tables. */
public final class RosterRepository {

    public boolean dayExists(DSLContext dsl, LocalDate day) {
        return dsl.fetchExists(ROSTER_DAY, ROSTER_DAY.ROSTER_DATE.eq(day));
    }

    public void createDay(DSLContext dsl, LocalDate day, String startedFrom) {
        dsl.insertInto(ROSTER_DAY).set(ROSTER_DAY.ROSTER_DATE, day).set(ROSTER_DAY.STARTED_FROM, startedFrom).execute();
    }

    public void deleteDay(DSLContext dsl, LocalDate day) {
        dsl.deleteFrom(ROSTER_DAY).where(ROSTER_DAY.ROSTER_DATE.eq(day)).execute();
    }

    /** The days from..to (inclusive) that have a roster. */
    public Set<LocalDate> daysBetween(DSLContext dsl, LocalDate from, LocalDate to) {
        return new HashSet<>(dsl.select(ROSTER_DAY.ROSTER_DATE).from(ROSTER_DAY)
                .where(ROSTER_DAY.ROSTER_DATE.between(from, to)).fetch(ROSTER_DAY.ROSTER_DATE));
    }

    /** Adds many days at once (a batch). */
    public void createDays(DSLContext dsl, Collection<LocalDate> days, String startedFrom) {
        if (days.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(ROSTER_DAY, ROSTER_DAY.ROSTER_DATE, ROSTER_DAY.STARTED_FROM)
                .values((LocalDate) null, null));
        days.forEach(d -> batch.bind(d, startedFrom));
        batch.execute();
    }

    /** The latest earlier day that has a roster and falls on the same weekday. */
    public Optional<LocalDate> lastSameWeekday(DSLContext dsl, LocalDate day) {
        return dsl.select(ROSTER_DAY.ROSTER_DATE).from(ROSTER_DAY)
                .where(ROSTER_DAY.ROSTER_DATE.lt(day)).and(ROSTER_DAY.ROSTER_DATE.ge(day.minusWeeks(8)))
                .orderBy(ROSTER_DAY.ROSTER_DATE.desc()).fetch(ROSTER_DAY.ROSTER_DATE).stream()
                .filter(d -> d.getDayOfWeek() == day.getDayOfWeek()).findFirst();
    }

    public List<RosterSlot> slots(DSLContext dsl, LocalDate day) {
        return dsl.selectFrom(ROSTER_SLOT).where(ROSTER_SLOT.ROSTER_DATE.eq(day))
                .orderBy(ROSTER_SLOT.SORT_ORDER, ROSTER_SLOT.START_TIME, ROSTER_SLOT.ID)
                .fetch(RosterRepository::toSlot);
    }

    /** Inserts a slot; with {@code id} set (restoring after undo) the same id is used again. */
    public RosterSlot insertSlot(DSLContext dsl, RosterSlot slot, boolean keepId) {
        RosterSlotRecord r = dsl.newRecord(ROSTER_SLOT);
        if (keepId) {
            r.setId(slot.id());
        }
        r.setRosterDate(slot.day());
        r.setTaskTypeId(slot.taskTypeId());
        r.setLabel(slot.label());
        r.setStartTime(slot.hours().start());
        r.setEndTime(slot.hours().end());
        r.setPeopleNeeded(slot.peopleNeeded());
        r.setSortOrder(slot.sortOrder());
        r.setTemplateSlotId(slot.templateSlotId().orElse(null));
        r.store();
        return toSlot(r);
    }

    /** Inserts many new slots at once (a batch); read them back for their ids. */
    public void insertSlots(DSLContext dsl, List<RosterSlot> slots) {
        if (slots.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(ROSTER_SLOT, ROSTER_SLOT.ROSTER_DATE, ROSTER_SLOT.TASK_TYPE_ID,
                ROSTER_SLOT.LABEL, ROSTER_SLOT.START_TIME, ROSTER_SLOT.END_TIME, ROSTER_SLOT.PEOPLE_NEEDED,
                ROSTER_SLOT.SORT_ORDER, ROSTER_SLOT.TEMPLATE_SLOT_ID)
                .values((LocalDate) null, null, null, null, null, null, null, null));
        slots.forEach(slot -> batch.bind(slot.day(), slot.taskTypeId(), slot.label(), slot.hours().start(),
                slot.hours().end(), slot.peopleNeeded(), slot.sortOrder(), slot.templateSlotId().orElse(null)));
        batch.execute();
    }

    /** The slots of the days from..to (inclusive), by day and in the board's order. */
    public List<RosterSlot> slotsBetween(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.selectFrom(ROSTER_SLOT).where(ROSTER_SLOT.ROSTER_DATE.between(from, to))
                .orderBy(ROSTER_SLOT.ROSTER_DATE, ROSTER_SLOT.SORT_ORDER, ROSTER_SLOT.START_TIME, ROSTER_SLOT.ID)
                .fetch(RosterRepository::toSlot);
    }

    public void updateSlot(DSLContext dsl, RosterSlot slot) {
        dsl.update(ROSTER_SLOT).set(ROSTER_SLOT.LABEL, slot.label())
                .set(ROSTER_SLOT.START_TIME, slot.hours().start()).set(ROSTER_SLOT.END_TIME, slot.hours().end())
                .set(ROSTER_SLOT.PEOPLE_NEEDED, slot.peopleNeeded()).set(ROSTER_SLOT.TASK_TYPE_ID, slot.taskTypeId())
                .where(ROSTER_SLOT.ID.eq(slot.id())).execute();
    }

    public void deleteSlots(DSLContext dsl, LocalDate day) {
        dsl.deleteFrom(ROSTER_SLOT).where(ROSTER_SLOT.ROSTER_DATE.eq(day)).execute();
    }

    public void deleteSlot(DSLContext dsl, long slotId) {
        dsl.deleteFrom(ROSTER_SLOT).where(ROSTER_SLOT.ID.eq(slotId)).execute();
    }

    private static RosterSlot toSlot(RosterSlotRecord r) {
        return new RosterSlot(r.getId(), r.getRosterDate(), r.getTaskTypeId(), r.getLabel(),
                new TimeRange(r.getStartTime(), r.getEndTime()), r.getPeopleNeeded(), r.getSortOrder(),
                Optional.ofNullable(r.getTemplateSlotId()));
    }

    public List<Assignment> assignments(DSLContext dsl, LocalDate day) {
        return dsl.select(ROSTER_ASSIGNMENT.fields()).from(ROSTER_ASSIGNMENT)
                .join(ROSTER_SLOT).on(ROSTER_SLOT.ID.eq(ROSTER_ASSIGNMENT.SLOT_ID))
                .where(ROSTER_SLOT.ROSTER_DATE.eq(day))
                .orderBy(ROSTER_ASSIGNMENT.SLOT_ID, ROSTER_ASSIGNMENT.POSITION)
                .fetch(r -> new Assignment(r.get(ROSTER_ASSIGNMENT.SLOT_ID), r.get(ROSTER_ASSIGNMENT.POSITION),
                        r.get(ROSTER_ASSIGNMENT.STAFF_ID), r.get(ROSTER_ASSIGNMENT.BY_HAND)));
    }

    /** Replaces all assignments of the day's slots by {@code assignments}. */
    public void replaceAssignments(DSLContext dsl, LocalDate day, List<Assignment> assignments) {
        dsl.deleteFrom(ROSTER_ASSIGNMENT).where(ROSTER_ASSIGNMENT.SLOT_ID.in(
                dsl.select(ROSTER_SLOT.ID).from(ROSTER_SLOT).where(ROSTER_SLOT.ROSTER_DATE.eq(day)))).execute();
        for (Assignment a : assignments) {
            dsl.insertInto(ROSTER_ASSIGNMENT).set(ROSTER_ASSIGNMENT.SLOT_ID, a.slotId())
                    .set(ROSTER_ASSIGNMENT.POSITION, a.position()).set(ROSTER_ASSIGNMENT.STAFF_ID, a.staffId())
                    .set(ROSTER_ASSIGNMENT.BY_HAND, a.byHand()).execute();
        }
    }

    /** Adds assignments to places that are empty (a batch). */
    public void insertAssignments(DSLContext dsl, List<Assignment> assignments) {
        if (assignments.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(ROSTER_ASSIGNMENT, ROSTER_ASSIGNMENT.SLOT_ID, ROSTER_ASSIGNMENT.POSITION,
                ROSTER_ASSIGNMENT.STAFF_ID, ROSTER_ASSIGNMENT.BY_HAND).values((Long) null, null, null, null));
        assignments.forEach(a -> batch.bind(a.slotId(), a.position(), a.staffId(), a.byHand()));
        batch.execute();
    }

    /** Filled places of the days from..to (inclusive), everyone: the history the rules weigh. */
    public List<PastAssignment> history(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.select(ROSTER_SLOT.ROSTER_DATE, ROSTER_ASSIGNMENT.STAFF_ID, ROSTER_SLOT.TASK_TYPE_ID, ROSTER_SLOT.LABEL,
                        ROSTER_SLOT.START_TIME)
                .from(ROSTER_ASSIGNMENT).join(ROSTER_SLOT).on(ROSTER_SLOT.ID.eq(ROSTER_ASSIGNMENT.SLOT_ID))
                .where(ROSTER_SLOT.ROSTER_DATE.between(from, to))
                .orderBy(ROSTER_SLOT.ROSTER_DATE)
                .fetch(r -> new PastAssignment(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }

    public boolean hasAssignments(DSLContext dsl, long staffId) {
        return dsl.fetchExists(ROSTER_ASSIGNMENT, ROSTER_ASSIGNMENT.STAFF_ID.eq(staffId));
    }

    public List<DayExtra> extras(DSLContext dsl, LocalDate day) {
        return dsl.selectFrom(DAY_EXTRA).where(DAY_EXTRA.EXTRA_DATE.eq(day))
                .fetch(r -> new DayExtra(r.getStaffId(), new TimeRange(r.getStartTime(), r.getEndTime())));
    }

    public void setExtra(DSLContext dsl, LocalDate day, DayExtra extra) {
        removeExtra(dsl, day, extra.staffId());
        dsl.insertInto(DAY_EXTRA).set(DAY_EXTRA.EXTRA_DATE, day).set(DAY_EXTRA.STAFF_ID, extra.staffId())
                .set(DAY_EXTRA.START_TIME, extra.hours().start()).set(DAY_EXTRA.END_TIME, extra.hours().end()).execute();
    }

    public void removeExtra(DSLContext dsl, LocalDate day, long staffId) {
        dsl.deleteFrom(DAY_EXTRA).where(DAY_EXTRA.EXTRA_DATE.eq(day)).and(DAY_EXTRA.STAFF_ID.eq(staffId)).execute();
    }

    /**
     * Everyone's stage per task type on {@code date}: the stage of the highest step of the task's
     * onboarding ladder signed off on or before that day, and PRACTISES for someone who does the
     * task alone while a goal of their development plan on it was open that day. Independent is
     * left out.
     */
    public Map<Long, Map<Long, OnboardingStage>> stages(DSLContext dsl, LocalDate date) {
        Map<Long, Map<Long, Integer>> highest = new HashMap<>();
        Map<Long, Map<Long, OnboardingStage>> result = new HashMap<>();
        dsl.select(STEP_SIGNOFF.STAFF_ID, LADDER_STEP.TASK_TYPE_ID, LADDER_STEP.STEP_ORDER, LADDER_STEP.STAGE)
                .from(STEP_SIGNOFF).join(LADDER_STEP).on(LADDER_STEP.ID.eq(STEP_SIGNOFF.STEP_ID))
                .where(STEP_SIGNOFF.SIGNED_ON.le(date))
                .forEach(r -> {
                    Map<Long, Integer> orders = highest.computeIfAbsent(r.value1(), k -> new HashMap<>());
                    if (orders.getOrDefault(r.value2(), Integer.MIN_VALUE) < r.value3()) {
                        orders.put(r.value2(), r.value3());
                        result.computeIfAbsent(r.value1(), k -> new HashMap<>())
                                .put(r.value2(), OnboardingStage.valueOf(r.value4()));
                    }
                });
        result.values().forEach(m -> m.values().removeIf(s -> s == OnboardingStage.INDEPENDENT));
        dsl.select(POP_GOAL.STAFF_ID, POP_GOAL.TASK_TYPE_ID).from(POP_GOAL)
                .where(POP_GOAL.TASK_TYPE_ID.isNotNull()).and(POP_GOAL.SET_ON.le(date))
                .and(POP_GOAL.CLOSED_ON.isNull().or(POP_GOAL.CLOSED_ON.gt(date)))
                .and(POP_GOAL.STATUS.eq("OPEN").or(POP_GOAL.CLOSED_ON.isNotNull()))
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new HashMap<>())
                        .putIfAbsent(r.value2(), OnboardingStage.PRACTISES));
        result.values().removeIf(Map::isEmpty);
        return result;
    }
}
