package be.dagpuzzel.roster;

import java.time.LocalDate;
import java.util.Optional;

import be.dagpuzzel.core.TimeRange;

/** One slot of a day's roster: a task, a label, hours and how many people; made from the template or added that day. */
public record RosterSlot(long id, LocalDate day, long taskTypeId, String label, TimeRange hours, int peopleNeeded,
                         int sortOrder, Optional<Long> templateSlotId) {

    public RosterSlot {
        label = label == null ? "" : label;
        templateSlotId = templateSlotId == null ? Optional.empty() : templateSlotId;
    }

    public RosterSlot withHours(TimeRange value) {
        return new RosterSlot(id, day, taskTypeId, label, value, peopleNeeded, sortOrder, templateSlotId);
    }
}
