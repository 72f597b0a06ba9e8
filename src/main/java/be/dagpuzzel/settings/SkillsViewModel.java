package be.dagpuzzel.settings;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Function;

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
 * The skills and certificates page: the list, the chosen skill's name and whether it is in use,
 * and a field to add one. Skills are renamed or switched off, never deleted.
 */
public final class SkillsViewModel {

    public static final String FIELD_NEW_NAME = "newName";

    private final TaskRunner runner;
    private final TaskCatalogue catalogue;
    private final Messages messages;
    private final Function<String, String> codeText;
    private final ObservableList<Skill> skills = FXCollections.observableArrayList();
    private final ObjectProperty<Skill> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final Deque<Skill> history = new ArrayDeque<>();
    private boolean filling;

    public SkillsViewModel(TaskRunner runner, TaskCatalogue catalogue, Messages messages) {
        this.runner = runner;
        this.catalogue = catalogue;
        this.messages = messages;
        this.codeText = messages.codes("skill.");
        active.addListener((obs, was, on) -> {
            if (!filling) {
                commit();
            }
        });
    }

    public ObservableList<Skill> skills() {
        return skills;
    }

    public ObjectProperty<Skill> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    /** Messages per field: {@link TaskCatalogue#FIELD_NAME} for the chosen skill, {@link #FIELD_NEW_NAME} for a new one. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public String displayName(Skill skill) {
        return skill.displayName(codeText);
    }

    public void load() {
        load(null);
    }

    private void load(Long selectId) {
        runner.load(p -> catalogue.skills(), list -> {
            skills.setAll(list);
            long keep = selectId != null ? selectId : selected.get() == null ? -1 : selected.get().id();
            select(list.stream().filter(s -> s.id() == keep).findFirst().orElse(list.isEmpty() ? null : list.getFirst()));
        });
    }

    public void select(Skill skill) {
        if (skill != null && selected.get() != null && selected.get().id() == skill.id() && !errors.containsKey(TaskCatalogue.FIELD_NAME)) {
            selected.set(skill);
            return;
        }
        filling = true;
        try {
            selected.set(skill);
            errors.remove(TaskCatalogue.FIELD_NAME);
            name.set(skill == null ? "" : displayName(skill));
            active.set(skill != null && skill.active());
        } finally {
            filling = false;
        }
    }

    /** Stores a new name or the switch; a name in use or an empty one is refused at the field. */
    public void commit() {
        Skill skill = selected.get();
        if (skill == null) {
            return;
        }
        String typed = name.get().strip();
        Optional<String> custom = skill.code().isPresent() && (typed.isEmpty() || typed.equals(codeText.apply(skill.code().get())))
                ? Optional.empty() : Optional.of(typed);
        if (custom.equals(skill.customName()) && active.get() == skill.active()) {
            errors.remove(TaskCatalogue.FIELD_NAME);
            return;
        }
        boolean on = active.get();
        runner.run(TaskRunner.Kind.SAVE, p -> {
            catalogue.updateSkill(skill, custom, on, codeText);
            return null;
        }, done -> {
            history.push(skill);
            errors.remove(TaskCatalogue.FIELD_NAME);
            load(skill.id());
        }, error -> refused(error, TaskCatalogue.FIELD_NAME));
    }

    public void revertName() {
        Skill skill = selected.get();
        name.set(skill == null ? "" : displayName(skill));
        errors.remove(TaskCatalogue.FIELD_NAME);
    }

    public void add() {
        String typed = newName.get();
        runner.run(TaskRunner.Kind.SAVE, p -> catalogue.addSkill(typed, codeText), added -> {
            newName.set("");
            errors.remove(FIELD_NEW_NAME);
            load(added.id());
        }, error -> refused(error, FIELD_NEW_NAME));
    }

    /** Takes back the last rename or switch. */
    public void undo() {
        Skill before = history.poll();
        if (before == null) {
            return;
        }
        runner.run(TaskRunner.Kind.SAVE, p -> {
            catalogue.updateSkill(before, before.customName(), before.active(), codeText);
            return null;
        }, done -> {
            selected.set(null);
            load(before.id());
        }, error -> refused(error, TaskCatalogue.FIELD_NAME));
    }

    private void refused(Throwable error, String field) {
        if (error instanceof ValidationException invalid) {
            invalid.errors().forEach(e -> errors.put(field, messages.text(e)));
        } else {
            throw new IllegalStateException("storing the skill failed", error);
        }
    }
}
