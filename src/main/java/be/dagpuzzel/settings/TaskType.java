package be.dagpuzzel.settings;

import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A kind of work on the roster (driver, bus companion, animation, kitchen, care, logistics, or one
 * the centre adds), with the skills it requires, whether its hours count as care practice, and
 * whether it is heavy (the rules spread heavy tasks fairly and avoid too many days in a row).
 */
public record TaskType(long id, Optional<String> code, Optional<String> customName, String colour,
                       boolean countsAsCarePractice, boolean active, Set<Long> requiredSkillIds, boolean heavy) {

    public static final String DRIVER = "DRIVER";
    public static final String BUS_COMPANION = "BUS_COMPANION";
    public static final String ANIMATION = "ANIMATION";
    public static final String KITCHEN = "KITCHEN";
    public static final String CARE = "CARE";
    public static final String LOGISTICS = "LOGISTICS";

    public TaskType {
        code = code == null ? Optional.empty() : code;
        customName = customName == null ? Optional.empty() : customName.filter(n -> !n.isBlank());
        requiredSkillIds = Set.copyOf(requiredSkillIds);
    }

    public String displayName(Function<String, String> codeText) {
        return customName.orElseGet(() -> code.map(codeText).orElse("?"));
    }

    public boolean is(String seededCode) {
        return code.filter(seededCode::equals).isPresent();
    }
}
