package be.dagpuzzel.progress;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import be.dagpuzzel.review.Rating;

/** A feedback line of the daily review on a worker, with the competences it is linked to as evidence. */
public record Evidence(long observationId, LocalDate date, Optional<Long> taskTypeId, String taskLabel, Rating rating,
                       String note, Set<Long> competenceIds) {

    public Evidence {
        taskTypeId = taskTypeId == null ? Optional.empty() : taskTypeId;
        competenceIds = Set.copyOf(competenceIds);
    }
}
