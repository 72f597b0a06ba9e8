package be.dagpuzzel.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the morning board shows of the days before {@code date}: reminders due by then and not
 * ticked off, incidents whose follow-up is still open, and the points of attention of the previous
 * working day for the people who are here today.
 */
public record CarriedOver(LocalDate date, LocalDate previousDay, List<Reminder> reminders, List<Incident> followUps,
                          List<Observation> attention, Map<Long, String> staffNames,
                          Map<Long, String> participantNames) {

    public CarriedOver {
        reminders = List.copyOf(reminders);
        followUps = List.copyOf(followUps);
        attention = List.copyOf(attention);
        staffNames = Map.copyOf(staffNames);
        participantNames = Map.copyOf(participantNames);
    }

    public boolean isEmpty() {
        return reminders.isEmpty() && followUps.isEmpty() && attention.isEmpty();
    }

    public String staffName(long id) {
        return staffNames.getOrDefault(id, "?");
    }
}
