package be.dagpuzzel.settings;

import java.util.List;
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
import be.dagpuzzel.progress.Competence;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;
import be.dagpuzzel.ui.UndoStack;

/**
 * The competences page: what the centre rates from 1 to 4 on a worker's progress page. A competence
 * is added (optionally for one task type), renamed (an empty name brings back the seeded words) or
 * switched off, never deleted: its ratings are history. Each change is stored at once; Ctrl+Z
 * takes back the last one.
 */
public final class CompetencesViewModel {

    public static final String FIELD_NAME = ProgressService.FIELD_NAME;
    public static final String FIELD_NEW_NAME = "newName";

    private final TaskRunner runner;
    private final ProgressService progress;
    private final TaskCatalogue catalogue;
    private final Messages messages;
    private final Function<String, String> codeText;
    private final ObservableList<Competence> competences = FXCollections.observableArrayList();
    /** The task types to choose from; the first item is null, for "every task". */
    private final ObservableList<TaskType> taskTypes = FXCollections.observableArrayList();
    private final ObjectProperty<Competence> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<TaskType> taskType = new SimpleObjectProperty<>(this, "taskType");
    private final BooleanProperty active = new SimpleBooleanProperty(this, "active");
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final ObjectProperty<TaskType> newTaskType = new SimpleObjectProperty<>(this, "newTaskType");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final UndoStack undo = new UndoStack();
    private boolean filling;

    public CompetencesViewModel(TaskRunner runner, ProgressService progress, TaskCatalogue catalogue, Messages messages) {
        this.runner = runner;
        this.progress = progress;
        this.catalogue = catalogue;
        this.messages = messages;
        this.codeText = messages.codes("competence.");
        taskType.addListener((obs, old, value) -> commitUnlessFilling());
        active.addListener((obs, old, value) -> commitUnlessFilling());
    }

    public ObservableList<Competence> competences() {
        return competences;
    }

    /** Null first ("every task"), then the task types. */
    public ObservableList<TaskType> taskTypes() {
        return taskTypes;
    }

    public ObjectProperty<Competence> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The task type the chosen competence belongs to; null for every task. */
    public ObjectProperty<TaskType> taskTypeProperty() {
        return taskType;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<TaskType> newTaskTypeProperty() {
        return newTaskType;
    }

    /** Messages per field: {@link #FIELD_NAME} for the chosen competence, {@link #FIELD_NEW_NAME} for a new one. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    public String displayName(Competence competence) {
        return competence.displayName(codeText);
    }

    public String taskName(TaskType type) {
        return type == null ? messages.get("competences.everyTask") : type.displayName(messages.codes("taskType."));
    }

    public void load() {
        load(null);
    }

    private record Read(List<Competence> competences, List<TaskType> types) {
    }

    private void load(Long selectId) {
        runner.load(p -> new Read(progress.competences(), catalogue.taskTypes()), read -> {
            competences.setAll(read.competences());
            Optional<Long> current = Optional.ofNullable(selected.get()).map(Competence::id);
            long keep = selectId != null ? selectId : current.orElse(-1L);
            List<TaskType> types = new java.util.ArrayList<>();
            types.add(null);
            types.addAll(read.types());
            boolean wasFilling = filling;
            filling = true;
            try {
                taskTypes.setAll(types);
            } finally {
                filling = wasFilling;
            }
            Competence chosen = read.competences().stream().filter(c -> c.id() == keep).findFirst()
                    .orElse(read.competences().isEmpty() ? null : read.competences().getFirst());
            select(chosen);
        });
    }

    /** Shows a competence in the form; the same one keeps a refused name and its message. */
    public void select(Competence competence) {
        boolean same = competence != null && selected.get() != null && selected.get().id() == competence.id();
        boolean wasFilling = filling; // a list following the choice calls back into select while filling
        filling = true;
        try {
            selected.set(competence);
            if (!same || !errors.containsKey(FIELD_NAME)) {
                errors.remove(FIELD_NAME);
                name.set(competence == null ? "" : displayName(competence));
            }
            taskType.set(competence == null ? null : competence.taskTypeId().flatMap(this::type).orElse(null));
            active.set(competence != null && competence.active());
        } finally {
            filling = wasFilling;
        }
    }

    private Optional<TaskType> type(long id) {
        return taskTypes.stream().filter(t -> t != null && t.id() == id).findFirst();
    }

    private void commitUnlessFilling() {
        if (!filling) {
            commit();
        }
    }

    /** Stores a new name, task type or switch; an empty name of a competence added here is refused at the field. */
    public void commit() {
        Competence c = selected.get();
        if (c == null) {
            return;
        }
        String typed = name.get() == null ? "" : name.get().strip();
        Optional<String> own = c.code().isPresent() && (typed.isEmpty() || typed.equals(codeText.apply(c.code().get())))
                ? Optional.empty() : Optional.of(typed);
        Optional<Long> task = Optional.ofNullable(taskType.get()).map(TaskType::id);
        Competence edited = new Competence(c.id(), c.code(), own, task, active.get(), c.order());
        if (edited.equals(c) && !(own.isEmpty() && c.code().isEmpty())) {
            errors.remove(FIELD_NAME);
            return;
        }
        runner.save(p -> {
            progress.updateCompetence(edited);
            return edited;
        }, saved -> {
            undo.push(displayName(c), () -> runner.save(p -> {
                progress.updateCompetence(c);
                return c;
            }, back -> load(c.id()), this::refusedName));
            errors.remove(FIELD_NAME);
            load(); // keeps what is chosen now: the nurse may have clicked on meanwhile
        }, this::refusedName);
    }

    /** Puts the stored name back (Escape). */
    public void revertName() {
        Competence c = selected.get();
        name.set(c == null ? "" : displayName(c));
        errors.remove(FIELD_NAME);
    }

    /** Adds a competence at the end of the list, for every task or for the chosen task type. */
    public void add() {
        String typed = newName.get();
        Optional<Long> task = Optional.ofNullable(newTaskType.get()).map(TaskType::id);
        runner.save(p -> progress.addCompetence(typed, task), added -> {
            undo.push(displayName(added), () -> runner.save(p -> {
                progress.updateCompetence(new Competence(added.id(), added.code(), added.name(), added.taskTypeId(),
                        false, added.order()));
                return added;
            }, back -> load(added.id()), this::refusedName));
            newName.set("");
            newTaskType.set(null);
            errors.remove(FIELD_NEW_NAME);
            load(added.id());
        }, error -> {
            if (error instanceof ValidationException invalid) {
                errors.put(FIELD_NEW_NAME, String.join(" ", invalid.errors().stream().map(messages::text).toList()));
            } else {
                throw new IllegalStateException("adding the competence failed", error);
            }
        });
    }

    /** Takes back the page's last stored change (an added competence is switched off: it may have ratings by now). */
    public boolean undo() {
        return undo.undo();
    }

    private void refusedName(Throwable error) {
        if (error instanceof ValidationException invalid) {
            errors.put(FIELD_NAME, String.join(" ", invalid.errors().stream().map(messages::text).toList()));
        } else {
            throw new IllegalStateException("storing the competence failed", error);
        }
    }
}
