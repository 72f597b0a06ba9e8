package be.dagpuzzel.roster.rules;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.staff.Preference;

/**
 * A staff member as the planning rules see them on one day: their hours if they are here, the
 * skills valid that day, preferences, onboarding stages, and what recent rosters gave them.
 */
public record Worker(long id, String name, Optional<TimeRange> hours, int availableMinutes, Set<Long> validSkillIds,
                     Set<Long> expiredSkillIds, Map<Long, Preference> preferences,
                     Map<Long, OnboardingStage> stages, Map<Long, Integer> recentLoad,
                     Map<Long, Integer> daysInARow) {

    public Worker {
        hours = hours == null ? Optional.empty() : hours;
        validSkillIds = Set.copyOf(validSkillIds);
        expiredSkillIds = Set.copyOf(expiredSkillIds);
        preferences = Map.copyOf(preferences);
        stages = Map.copyOf(stages);
        recentLoad = Map.copyOf(recentLoad);
        daysInARow = Map.copyOf(daysInARow);
    }

    public boolean isPresent() {
        return hours.isPresent();
    }

    public boolean covers(TimeRange slot) {
        return hours.map(h -> h.contains(slot)).orElse(false);
    }

    public Preference preferenceFor(long taskTypeId) {
        return preferences.getOrDefault(taskTypeId, Preference.NEUTRAL);
    }

    public OnboardingStage stageFor(long taskTypeId) {
        return stages.getOrDefault(taskTypeId, OnboardingStage.INDEPENDENT);
    }

    /** Learning a task, or a development-plan goal on it, means the rules want them to practise it. */
    public boolean shouldPractise(long taskTypeId) {
        return stageFor(taskTypeId).wantsPractice();
    }

    /** How often they did this task in the last four weeks. */
    public int recentLoad(long taskTypeId) {
        return recentLoad.getOrDefault(taskTypeId, 0);
    }

    /** On how many working days right before this one they did this task without a break. */
    public int daysInARow(long taskTypeId) {
        return daysInARow.getOrDefault(taskTypeId, 0);
    }

    @Override
    public String toString() {
        return name;
    }
}
