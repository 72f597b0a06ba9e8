package be.dagpuzzel.settings;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A template slot as entered; times may be missing or wrong until checked. */
public record TemplateSlotDetails(DayOfWeek weekday, Long taskTypeId, String label, LocalTime start, LocalTime end,
                                  int peopleNeeded) {

    public TemplateSlotDetails {
        label = label == null ? "" : label.strip();
    }
}
