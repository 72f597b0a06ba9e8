package be.dagpuzzel.progress;

import java.util.Optional;
import java.util.function.Function;

import be.dagpuzzel.roster.rules.OnboardingStage;

/**
 * One step of learning a task type. Once someone has reached it (signed off), the roster's rules
 * read its stage; the guide is the usual number of days on the step before the next one.
 */
public record LadderStep(long id, long taskTypeId, int order, Optional<String> code, Optional<String> name,
                         OnboardingStage stage, Optional<Integer> guideDays) {

    public LadderStep {
        code = code == null ? Optional.empty() : code;
        name = name == null ? Optional.empty() : name.filter(n -> !n.isBlank()).map(String::strip);
        guideDays = guideDays == null ? Optional.empty() : guideDays;
    }

    /**
     * The step's words: its own name, else the words of its seeded code, else the words of its
     * stage ({@code codeText} answers empty for an unknown code).
     */
    public String displayName(Function<String, Optional<String>> codeText) {
        return name.or(() -> code.flatMap(codeText)).orElseGet(() -> codeText.apply("STAGE_" + stage.name()).orElse(stage.name()));
    }
}
