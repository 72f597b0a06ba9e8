package be.dagpuzzel.settings;

import java.util.Optional;
import java.util.Set;

/** A task type as edited in Settings. An empty name on a seeded type means "the usual name". */
public record TaskTypeDetails(Optional<String> customName, String colour, boolean countsAsCarePractice,
                              boolean active, Set<Long> requiredSkillIds) {

    public TaskTypeDetails {
        customName = customName == null ? Optional.empty() : customName.map(String::strip).filter(n -> !n.isEmpty());
        colour = colour == null ? "" : colour.strip();
        requiredSkillIds = Set.copyOf(requiredSkillIds);
    }
}
