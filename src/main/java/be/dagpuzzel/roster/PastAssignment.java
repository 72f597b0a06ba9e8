package be.dagpuzzel.roster;

import java.time.LocalDate;
import java.time.LocalTime;

/** One filled place on an earlier day: what the rules read for fairness, streaks and the usual driver. */
public record PastAssignment(LocalDate day, long staffId, long taskTypeId, String label, LocalTime start) {
}
