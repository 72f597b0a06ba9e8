package be.dagpuzzel.roster;

import java.time.LocalDate;
import java.util.Map;

import be.dagpuzzel.roster.rules.OnboardingStage;

/**
 * Where each person's learning stage per task type is read: the signed-off steps of the onboarding
 * ladders (signed off on the Progress page) and open development goals. The staff pane shows it,
 * the rules read it.
 */
public interface OnboardingStages {

    /** Task type id to stage for one person on a date; task types not listed are done independently. */
    Map<Long, OnboardingStage> stagesOf(long staffId, LocalDate date);

    /** For tests and screens that do not keep stages. */
    OnboardingStages NONE = (staffId, date) -> Map.of();
}
