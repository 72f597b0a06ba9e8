package be.dagpuzzel.settings;

import static be.dagpuzzel.store.jooq.Tables.CLOSING_DAY;
import static be.dagpuzzel.store.jooq.Tables.DAY_TEMPLATE_SLOT;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.store.jooq.tables.records.DayTemplateSlotRecord;

/** The slots of each weekday's template, and the closing days. */
public final class DayTemplateRepository {

    public List<TemplateSlot> slots(DSLContext dsl, DayOfWeek weekday) {
        return dsl.selectFrom(DAY_TEMPLATE_SLOT).where(DAY_TEMPLATE_SLOT.WEEKDAY.eq((short) weekday.getValue()))
                .orderBy(DAY_TEMPLATE_SLOT.SORT_ORDER, DAY_TEMPLATE_SLOT.START_TIME, DAY_TEMPLATE_SLOT.ID)
                .fetch(DayTemplateRepository::toSlot);
    }

    public List<TemplateSlot> allSlots(DSLContext dsl) {
        return dsl.selectFrom(DAY_TEMPLATE_SLOT)
                .orderBy(DAY_TEMPLATE_SLOT.WEEKDAY, DAY_TEMPLATE_SLOT.SORT_ORDER, DAY_TEMPLATE_SLOT.ID)
                .fetch(DayTemplateRepository::toSlot);
    }

    public TemplateSlot insert(DSLContext dsl, DayOfWeek weekday, long taskTypeId, String label, TimeRange hours,
                               int people) {
        int next = dsl.select(DSL.coalesce(DSL.max(DAY_TEMPLATE_SLOT.SORT_ORDER), 0)).from(DAY_TEMPLATE_SLOT)
                .where(DAY_TEMPLATE_SLOT.WEEKDAY.eq((short) weekday.getValue())).fetchOne().value1() + 1;
        DayTemplateSlotRecord r = dsl.newRecord(DAY_TEMPLATE_SLOT);
        r.setWeekday((short) weekday.getValue());
        r.setSortOrder(next);
        fill(r, taskTypeId, label, hours, people);
        r.store();
        return toSlot(r);
    }

    public TemplateSlot update(DSLContext dsl, long id, long taskTypeId, String label, TimeRange hours, int people) {
        DayTemplateSlotRecord r = dsl.fetchSingle(DAY_TEMPLATE_SLOT, DAY_TEMPLATE_SLOT.ID.eq(id));
        fill(r, taskTypeId, label, hours, people);
        r.store();
        return toSlot(r);
    }

    public void delete(DSLContext dsl, long id) {
        dsl.deleteFrom(DAY_TEMPLATE_SLOT).where(DAY_TEMPLATE_SLOT.ID.eq(id)).execute();
    }

    public void setOrder(DSLContext dsl, List<Long> slotIds) {
        for (int i = 0; i < slotIds.size(); i++) {
            dsl.update(DAY_TEMPLATE_SLOT).set(DAY_TEMPLATE_SLOT.SORT_ORDER, i + 1)
                    .where(DAY_TEMPLATE_SLOT.ID.eq(slotIds.get(i))).execute();
        }
    }

    private static void fill(DayTemplateSlotRecord r, long taskTypeId, String label, TimeRange hours, int people) {
        r.setTaskTypeId(taskTypeId);
        r.setLabel(label);
        r.setStartTime(hours.start());
        r.setEndTime(hours.end());
        r.setPeopleNeeded(people);
    }

    private static TemplateSlot toSlot(DayTemplateSlotRecord r) {
        return new TemplateSlot(r.getId(), DayOfWeek.of(r.getWeekday()), r.getTaskTypeId(), r.getLabel(),
                new TimeRange(r.getStartTime(), r.getEndTime()), r.getPeopleNeeded());
    }

    public List<ClosingDay> closingDays(DSLContext dsl) {
        return dsl.selectFrom(CLOSING_DAY).orderBy(CLOSING_DAY.CLOSED_ON)
                .fetch(r -> new ClosingDay(r.getClosedOn(), r.getDescription()));
    }

    public void insertClosingDay(DSLContext dsl, ClosingDay day) {
        dsl.insertInto(CLOSING_DAY).set(CLOSING_DAY.CLOSED_ON, day.date()).set(CLOSING_DAY.DESCRIPTION, day.description())
                .execute();
    }

    public void deleteClosingDay(DSLContext dsl, LocalDate date) {
        dsl.deleteFrom(CLOSING_DAY).where(CLOSING_DAY.CLOSED_ON.eq(date)).execute();
    }
}
