package be.dagpuzzel.roster;

import java.util.Map;

import be.dagpuzzel.roster.rules.OnboardingStage;

/** Where each person's learning stage per task type is kept; the staff pane edits it, the rules read it. */
public interface OnboardingStages {

    /** Task type id to stage for one person; task types not listed are done independently. */
    Map<Long, OnboardingStage> stagesOf(long staffId);

    void setStage(long staffId, long taskTypeId, OnboardingStage stage);

    /** For tests and screens that do not keep stages. */
    OnboardingStages NONE = new OnboardingStages() {
        @Override
        public Map<Long, OnboardingStage> stagesOf(long staffId) {
            return Map.of();
        }

        @Override
        public void setStage(long staffId, long taskTypeId, OnboardingStage stage) {
            // not kept
        }
    };
}
