package be.dagpuzzel.progress;

import java.util.ArrayList;
import java.util.List;

/**
 * Many progress records of one or more workers brought in at once (the demo centre's history),
 * for {@link ProgressService#addAll}: new records have id 0.
 */
public record ProgressRecords(List<Trajectory> trajectories, List<TransitionPhase> phases,
                              List<GuidanceSession> guidance, List<CompetenceRating> ratings,
                              List<EvidenceLink> links, List<PopGoal> goals, List<Meeting> meetings,
                              List<Training> trainings, List<CoachingNote> notes) {

    /** A review observation of a worker used as evidence for a competence. */
    public record EvidenceLink(long staffId, long observationId, long competenceId) {
    }

    public ProgressRecords {
        trajectories = List.copyOf(trajectories);
        phases = List.copyOf(phases);
        guidance = List.copyOf(guidance);
        ratings = List.copyOf(ratings);
        links = List.copyOf(links);
        goals = List.copyOf(goals);
        meetings = List.copyOf(meetings);
        trainings = List.copyOf(trainings);
        notes = List.copyOf(notes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects records in any order; {@link #build()} gives them as one batch. */
    public static final class Builder {
        private final List<Trajectory> trajectories = new ArrayList<>();
        private final List<TransitionPhase> phases = new ArrayList<>();
        private final List<GuidanceSession> guidance = new ArrayList<>();
        private final List<CompetenceRating> ratings = new ArrayList<>();
        private final List<EvidenceLink> links = new ArrayList<>();
        private final List<PopGoal> goals = new ArrayList<>();
        private final List<Meeting> meetings = new ArrayList<>();
        private final List<Training> trainings = new ArrayList<>();
        private final List<CoachingNote> notes = new ArrayList<>();

        private Builder() {
        }

        public Builder add(Trajectory t) {
            trajectories.add(t);
            return this;
        }

        public Builder add(TransitionPhase p) {
            phases.add(p);
            return this;
        }

        public Builder add(GuidanceSession g) {
            guidance.add(g);
            return this;
        }

        public Builder add(CompetenceRating r) {
            ratings.add(r);
            return this;
        }

        public Builder add(EvidenceLink l) {
            links.add(l);
            return this;
        }

        public Builder add(PopGoal g) {
            goals.add(g);
            return this;
        }

        public Builder add(Meeting m) {
            meetings.add(m);
            return this;
        }

        public Builder add(Training t) {
            trainings.add(t);
            return this;
        }

        public Builder add(CoachingNote n) {
            notes.add(n);
            return this;
        }

        public ProgressRecords build() {
            return new ProgressRecords(trajectories, phases, guidance, ratings, links, goals, meetings, trainings, notes);
        }
    }
}
