package be.dagpuzzel.review;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import be.dagpuzzel.settings.TaskType;

/**
 * Everything the review of one date shows: the roster's places as planned with their actuals,
 * who was here and their feedback, the incidents, the reminders written that day, the transport
 * in short, and whether the day is marked as reviewed. Names of staff and participants are
 * given for the ids used; {@code activeStaff} are those not archived, who can be chosen.
 */
public record DayReview(LocalDate date, boolean workingDay, List<ReviewPlace> places, List<WorkerDay> workers,
                        List<Observation> observations, List<Incident> incidents, List<Reminder> reminders,
                        TransportSummary transport, Optional<LocalDateTime> reviewedAt, List<TaskType> taskTypes,
                        Map<Long, String> staffNames, Map<Long, String> participantNames,
                        List<Long> participantsHere, List<Long> activeStaff, LocalDate nextWorkingDay) {

    public DayReview {
        places = List.copyOf(places);
        workers = List.copyOf(workers);
        observations = List.copyOf(observations);
        incidents = List.copyOf(incidents);
        reminders = List.copyOf(reminders);
        taskTypes = List.copyOf(taskTypes);
        staffNames = Map.copyOf(staffNames);
        participantNames = Map.copyOf(participantNames);
        participantsHere = List.copyOf(participantsHere);
        activeStaff = List.copyOf(activeStaff);
        reviewedAt = reviewedAt == null ? Optional.empty() : reviewedAt;
    }

    public List<Observation> observationsOf(long staffId) {
        return observations.stream().filter(o -> o.staffId() == staffId).toList();
    }

    /** Who was here and has no feedback yet, in the order of the list. */
    public List<WorkerDay> withoutFeedback() {
        Set<Long> given = observations.stream().map(Observation::staffId).collect(Collectors.toSet());
        return workers.stream().filter(w -> !given.contains(w.staffId())).toList();
    }

    public boolean reviewed() {
        return reviewedAt.isPresent();
    }

    public String staffName(long id) {
        return staffNames.getOrDefault(id, "?");
    }

    public Optional<TaskType> taskType(long id) {
        return taskTypes.stream().filter(t -> t.id() == id).findFirst();
    }
}
