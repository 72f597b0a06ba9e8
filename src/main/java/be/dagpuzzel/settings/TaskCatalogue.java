package be.dagpuzzel.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.store.Store;

/**
 * The centre's configurable lists: skills and certificates, and task types with the skills they
 * require. Seeded entries can be renamed and switched off, never deleted (history refers to them).
 */
public final class TaskCatalogue {

    public static final String FIELD_NAME = "name";
    public static final String FIELD_COLOUR = "colour";

    private final Store store;
    private final TaskCatalogueRepository repository;

    public TaskCatalogue(Store store, TaskCatalogueRepository repository) {
        this.store = store;
        this.repository = repository;
    }

    public List<Skill> skills() {
        return repository.skills(store.dsl());
    }

    public List<TaskType> taskTypes() {
        return repository.taskTypes(store.dsl());
    }

    public Optional<TaskType> taskTypeWithCode(String code) {
        return taskTypes().stream().filter(t -> t.is(code)).findFirst();
    }

    public Optional<Skill> skillWithCode(String code) {
        return skills().stream().filter(s -> s.code().filter(code::equals).isPresent()).findFirst();
    }

    public Skill addSkill(String name, Function<String, String> codeText) {
        String clean = name == null ? "" : name.strip();
        checkName(clean, true, skills().stream().map(s -> s.displayName(codeText)).toList());
        return store.transactionResult(dsl -> repository.insertSkill(dsl, clean));
    }

    public void updateSkill(Skill skill, Optional<String> name, boolean active, Function<String, String> codeText) {
        String clean = name.map(String::strip).orElse("");
        checkName(clean, skill.code().isEmpty(), skills().stream().filter(s -> s.id() != skill.id())
                .map(s -> s.displayName(codeText)).toList());
        store.transaction(dsl -> repository.updateSkill(dsl, skill.id(), Optional.of(clean).filter(n -> !n.isEmpty()), active));
    }

    public TaskType addTaskType(TaskTypeDetails details, Function<String, String> codeText) {
        validate(details, true, null, codeText);
        long id = store.transactionResult(dsl -> repository.insertTaskType(dsl, details));
        return taskTypes().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    public void updateTaskType(TaskType type, TaskTypeDetails details, Function<String, String> codeText) {
        validate(details, type.code().isEmpty(), type, codeText);
        store.transaction(dsl -> repository.updateTaskType(dsl, type.id(), details));
    }

    private void validate(TaskTypeDetails details, boolean nameRequired, TaskType self, Function<String, String> codeText) {
        List<FieldError> errors = new ArrayList<>();
        List<String> others = taskTypes().stream().filter(t -> self == null || t.id() != self.id())
                .map(t -> t.displayName(codeText)).toList();
        try {
            checkName(details.customName().orElse(""), nameRequired, others);
        } catch (ValidationException e) {
            errors.addAll(e.errors());
        }
        if (!details.colour().matches("#[0-9a-fA-F]{6}")) {
            errors.add(FieldError.of(FIELD_COLOUR, "validation.colour"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void checkName(String name, boolean required, List<String> otherNames) {
        if (name.isEmpty()) {
            if (required) {
                throw new ValidationException(List.of(FieldError.of(FIELD_NAME, "validation.required")));
            }
            return;
        }
        if (name.length() > 100) {
            throw new ValidationException(List.of(FieldError.of(FIELD_NAME, "validation.tooLong", 100)));
        }
        if (otherNames.stream().anyMatch(n -> n.equalsIgnoreCase(name))) {
            throw new ValidationException(List.of(FieldError.of(FIELD_NAME, "validation.duplicateName", name)));
        }
    }
}
