package be.dagpuzzel.settings;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * The task types page: the list, and the chosen type's name, colour, required skills, whether it
 * counts as care practice and whether it is in use. Each change is stored at once.
 */
public final class TaskTypesViewModel {

    public static final String FIELD_NEW_NAME = "newName";
    public static final String DEFAULT_COLOUR = "#6b8f71";

    /** A skill with whether the chosen task type requires it. */
    public record SkillChoice(Skill skill, String name, BooleanProperty required) {
    }

    private final TaskRunner runner;
    private final TaskCatalogue catalogue;
    private final Messages messages;
    private final Function<String, String> codeText;
    private final ObservableList<TaskType> types = FXCollections.observableArrayList();
    private final ObservableList<SkillChoice> skills = FXCollections.observableArrayList();
    private final ObjectProperty<TaskType> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty colour = new SimpleStringProperty(this, "colour", DEFAULT_COLOUR);
    private final BooleanProperty carePractice = new SimpleBooleanProperty(this, "carePractice");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Deque<TaskType> history = new ArrayDeque<>();
    private boolean filling;

    public TaskTypesViewModel(TaskRunner runner, TaskCatalogue catalogue, Messages messages) {
        this.runner = runner;
        this.catalogue = catalogue;
        this.messages = messages;
        this.codeText = messages.codes("taskType.");
        colour.addListener((obs, old, value) -> commitUnlessFilling());
        carePractice.addListener((obs, old, value) -> commitUnlessFilling());
        active.addListener((obs, old, value) -> commitUnlessFilling());
    }

    public ObservableList<TaskType> types() {
        return types;
    }

    /** Every skill switched on, plus the ones the chosen type already requires. */
    public ObservableList<SkillChoice> skills() {
        return skills;
    }

    public ObjectProperty<TaskType> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** As #rrggbb. */
    public StringProperty colourProperty() {
        return colour;
    }

    public BooleanProperty carePracticeProperty() {
        return carePractice;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public String displayName(TaskType type) {
        return type.displayName(codeText);
    }

    public void load() {
        load(null);
    }

    private void load(Long selectId) {
        runner.load(p -> new Catalogue(catalogue.taskTypes(), catalogue.skills()), loaded -> {
            types.setAll(loaded.types());
            long keep = selectId != null ? selectId : selected.get() == null ? -1 : selected.get().id();
            TaskType chosen = loaded.types().stream().filter(t -> t.id() == keep).findFirst()
                    .orElse(loaded.types().isEmpty() ? null : loaded.types().getFirst());
            fill(chosen, loaded.skills(), selectId != null || chosen == null || selected.get() == null
                    || selected.get().id() != chosen.id());
        });
    }

    private record Catalogue(List<TaskType> types, List<Skill> skills) {
    }

    /** Shows another type; the form is refilled only when it is a different one. */
    public void select(TaskType type) {
        if (type == null || selected.get() != null && selected.get().id() == type.id()) {
            return;
        }
        load(type.id());
    }

    private void fill(TaskType type, List<Skill> allSkills, boolean refill) {
        filling = true;
        try {
            selected.set(type);
            if (!refill) {
                return;
            }
            errors.remove(TaskCatalogue.FIELD_NAME);
            errors.remove(TaskCatalogue.FIELD_COLOUR);
            name.set(type == null ? "" : displayName(type));
            colour.set(type == null ? DEFAULT_COLOUR : type.colour());
            carePractice.set(type != null && type.countsAsCarePractice());
            active.set(type != null && type.active());
            Function<String, String> skillText = messages.codes("skill.");
            skills.setAll(allSkills.stream()
                    .filter(s -> s.active() || type != null && type.requiredSkillIds().contains(s.id()))
                    .map(s -> {
                        SkillChoice choice = new SkillChoice(s, s.displayName(skillText),
                                new SimpleBooleanProperty(type != null && type.requiredSkillIds().contains(s.id())));
                        choice.required().addListener((obs, was, now) -> commitUnlessFilling());
                        return choice;
                    }).toList());
        } finally {
            filling = false;
        }
    }

    private void commitUnlessFilling() {
        if (!filling) {
            commit();
        }
    }

    /** Stores the form if it differs from the stored type; a refused field keeps its message. */
    public void commit() {
        TaskType type = selected.get();
        if (type == null) {
            return;
        }
        String typed = name.get().strip();
        Optional<String> custom = type.code().isPresent() && (typed.isEmpty() || typed.equals(codeText.apply(type.code().get())))
                ? Optional.empty() : Optional.of(typed);
        Set<Long> required = skills.stream().filter(c -> c.required().get()).map(c -> c.skill().id())
                .collect(Collectors.toSet());
        TaskTypeDetails details = new TaskTypeDetails(custom, colour.get(), carePractice.get(), active.get(), required);
        if (details.equals(detailsOf(type)) && !(custom.isEmpty() && type.code().isEmpty())) {
            errors.clear();
            return;
        }
        runner.run(TaskRunner.Kind.SAVE, p -> {
            catalogue.updateTaskType(type, details, codeText);
            return null;
        }, done -> {
            history.push(type);
            errors.clear();
            load();
        }, this::refused);
    }

    public void revertName() {
        TaskType type = selected.get();
        name.set(type == null ? "" : displayName(type));
        errors.remove(TaskCatalogue.FIELD_NAME);
    }

    public void add() {
        TaskTypeDetails details = new TaskTypeDetails(Optional.of(newName.get()), DEFAULT_COLOUR, false, true, Set.of());
        runner.run(TaskRunner.Kind.SAVE, p -> catalogue.addTaskType(details, codeText), added -> {
            newName.set("");
            errors.remove(FIELD_NEW_NAME);
            load(added.id());
        }, error -> {
            if (error instanceof ValidationException invalid) {
                invalid.errors().forEach(e -> errors.put(FIELD_NEW_NAME, messages.text(e)));
            } else {
                throw new IllegalStateException("adding the task type failed", error);
            }
        });
    }

    /** Takes back the last change of a task type. */
    public void undo() {
        TaskType before = history.poll();
        if (before == null) {
            return;
        }
        runner.run(TaskRunner.Kind.SAVE, p -> {
            catalogue.updateTaskType(before, detailsOf(before), codeText);
            return null;
        }, done -> load(before.id()), this::refused);
    }

    private static TaskTypeDetails detailsOf(TaskType type) {
        return new TaskTypeDetails(type.customName(), type.colour(), type.countsAsCarePractice(), type.active(),
                type.requiredSkillIds());
    }

    private void refused(Throwable error) {
        if (error instanceof ValidationException invalid) {
            invalid.errors().forEach(e -> errors.put(e.field(), messages.text(e)));
        } else {
            throw new IllegalStateException("storing the task type failed", error);
        }
    }
}
