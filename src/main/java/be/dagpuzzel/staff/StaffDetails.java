package be.dagpuzzel.staff;

import java.util.List;
import java.util.Map;

/** Everything the detail pane shows of one person. */
public record StaffDetails(StaffMember member, List<WeeklyAvailability> patterns, List<Absence> absences,
                           List<StaffSkill> skills, Map<Long, Preference> preferences, boolean hasHistory) {

    public StaffDetails {
        patterns = List.copyOf(patterns);
        absences = List.copyOf(absences);
        skills = List.copyOf(skills);
        preferences = Map.copyOf(preferences);
    }
}
