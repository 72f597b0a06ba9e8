package be.dagpuzzel.progress;

import java.util.Optional;
import java.util.function.Function;

/** Something the centre rates on a scale of 1-4: work attitude, contact, teamwork, ... or a task's skills. */
public record Competence(long id, Optional<String> code, Optional<String> name, Optional<Long> taskTypeId,
                         boolean active, int order) {

    public static final int LOWEST = 1;
    public static final int HIGHEST = 4;

    public Competence {
        code = code == null ? Optional.empty() : code;
        name = name == null ? Optional.empty() : name.filter(n -> !n.isBlank()).map(String::strip);
        taskTypeId = taskTypeId == null ? Optional.empty() : taskTypeId;
    }

    public String displayName(Function<String, String> codeText) {
        return name.orElseGet(() -> code.map(codeText).orElse("?"));
    }
}
