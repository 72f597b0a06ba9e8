package be.dagpuzzel.settings;

import java.util.Optional;
import java.util.function.Function;

/**
 * A skill or certificate from the centre's list (driving licence B, first aid, ...). Seeded skills
 * have a code and are named in the user's language until the centre gives them a name of its own.
 */
public record Skill(long id, Optional<String> code, Optional<String> customName, boolean active) {

    public Skill {
        code = code == null ? Optional.empty() : code;
        customName = customName == null ? Optional.empty() : customName.filter(n -> !n.isBlank());
    }

    /** The name to show; {@code codeText} turns a seeded skill's code into words. */
    public String displayName(Function<String, String> codeText) {
        return customName.orElseGet(() -> code.map(codeText).orElse("?"));
    }
}
