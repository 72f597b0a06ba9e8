package be.dagpuzzel.progress;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import be.dagpuzzel.staff.StaffMember;

/**
 * Everything the progress page of one worker shows, read in one go: the trajectory and its clock,
 * the transition path with guidance hours, where they stand on each ladder, competences with
 * their ratings and evidence, the development plan, meetings, training, coaching notes, hours per
 * task type from the rosters, what is due, and the timeline.
 */
public record ProgressPage(StaffMember member, Optional<String> coachName, Trajectory trajectory,
                           boolean trajectoryStored, ProgrammeRule rule, TrajectoryClock clock,
                           List<TransitionPhase> phases, List<GuidanceSession> guidance, List<LadderStanding> ladders,
                           List<Competence> competences, List<CompetenceRating> ratings, List<Evidence> evidence,
                           List<PopGoal> goals, List<Meeting> meetings, List<Training> trainings,
                           List<CoachingNote> notes, TaskHours hours, List<Due> due, List<TimelineEvent> timeline) {

    public ProgressPage {
        coachName = coachName == null ? Optional.empty() : coachName;
        phases = List.copyOf(phases);
        guidance = List.copyOf(guidance);
        ladders = List.copyOf(ladders);
        competences = List.copyOf(competences);
        ratings = List.copyOf(ratings);
        evidence = List.copyOf(evidence);
        goals = List.copyOf(goals);
        meetings = List.copyOf(meetings);
        trainings = List.copyOf(trainings);
        notes = List.copyOf(notes);
        due = List.copyOf(due);
        timeline = List.copyOf(timeline);
    }

    public BigDecimal guidanceHours() {
        return guidance.stream().map(GuidanceSession::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The latest rating of a competence, if any. */
    public Optional<CompetenceRating> latest(long competenceId) {
        return ratings.stream().filter(r -> r.competenceId() == competenceId)
                .max(java.util.Comparator.comparing(CompetenceRating::ratedOn).thenComparing(CompetenceRating::id));
    }

    public Optional<LadderStanding> ladder(long taskTypeId) {
        return ladders.stream().filter(l -> l.taskTypeId() == taskTypeId).findFirst();
    }
}
