package be.dagpuzzel.settings;

import java.time.DayOfWeek;

import be.dagpuzzel.core.TimeRange;

/** One slot a normal weekday needs: a task, a label such as "Run 1 morning", hours, how many people. */
public record TemplateSlot(long id, DayOfWeek weekday, long taskTypeId, String label, TimeRange hours,
                           int peopleNeeded) {
}
