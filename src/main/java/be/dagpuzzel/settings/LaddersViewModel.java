package be.dagpuzzel.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.progress.LadderStep;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.roster.rules.OnboardingStage;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;
import be.dagpuzzel.ui.UndoStack;

/**
 * The onboarding ladders page: per task type the steps of learning it, in order, each with its
 * name, the stage the roster's rules read once it is reached and the usual days on it as a guide.
 * Steps are added, renamed, changed, moved and removed (not once someone reached them); every change
 * is stored at once and Ctrl+Z takes back the last one.
 */
public final class LaddersViewModel {

    public static final String FIELD_NAME = ProgressService.FIELD_NAME;
    public static final String FIELD_GUIDE = "guide";
    public static final String FIELD_NEW_NAME = "newName";

    /** The stages a step can have; "practises" comes from a development goal, never from a step. */
    public static final List<OnboardingStage> STAGES =
            List.of(OnboardingStage.OBSERVES, OnboardingStage.ASSISTED, OnboardingStage.INDEPENDENT);

    private final TaskRunner runner;
    private final ProgressService progress;
    private final TaskCatalogue catalogue;
    private final Messages messages;
    private final ObservableList<TaskType> taskTypes = FXCollections.observableArrayList();
    private final ObjectProperty<TaskType> task = new SimpleObjectProperty<>(this, "task");
    private final ObservableList<LadderStep> steps = FXCollections.observableArrayList();
    private final ObjectProperty<LadderStep> selected = new SimpleObjectProperty<>(this, "selected");
    private final LadderStepForm form = new LadderStepForm(this::stepName);
    private final StringProperty newName = new SimpleStringProperty(this, "newName", "");
    private final ObjectProperty<OnboardingStage> newStage =
            new SimpleObjectProperty<>(this, "newStage", OnboardingStage.OBSERVES);
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final UndoStack undo = new UndoStack();
    private Map<Long, List<LadderStep>> ladders = Map.of();
    private boolean filling;

    public LaddersViewModel(TaskRunner runner, ProgressService progress, TaskCatalogue catalogue, Messages messages) {
        this.runner = runner;
        this.progress = progress;
        this.catalogue = catalogue;
        this.messages = messages;
        form.stageProperty().addListener((obs, old, value) -> {
            if (!filling && value != null) {
                commit();
            }
        });
    }

    /** Task types in use, and any switched-off one that still has steps. */
    public ObservableList<TaskType> taskTypes() {
        return taskTypes;
    }

    public ObjectProperty<TaskType> taskProperty() {
        return task;
    }

    /** The chosen task type's steps, lowest first. */
    public ObservableList<LadderStep> steps() {
        return steps;
    }

    public ObjectProperty<LadderStep> selectedProperty() {
        return selected;
    }

    /** The chosen step's name, stage and guide as typed. */
    public LadderStepForm form() {
        return form;
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    public ObjectProperty<OnboardingStage> newStageProperty() {
        return newStage;
    }

    /** Messages per field: {@link #FIELD_NAME}, {@link #FIELD_GUIDE}, {@link #FIELD_NEW_NAME}. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** What the page says about the last edit: a step that cannot be removed, or how to take a removal back. */
    public StringProperty noticeProperty() {
        return notice;
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return undo.canUndoProperty();
    }

    public String taskName(TaskType type) {
        return type.displayName(messages.codes("taskType."));
    }

    /** How many steps a task type's ladder has, as last read. */
    public int stepCount(TaskType type) {
        return ladders.getOrDefault(type.id(), List.of()).size();
    }

    /** A step's words: its own name, else the words of its seeded code, else its stage's words. */
    public String stepName(LadderStep step) {
        return step.displayName(this::ladderWords);
    }

    public String stageName(OnboardingStage value) {
        return messages.get("ladder.STAGE_" + value.name());
    }

    private Optional<String> ladderWords(String code) {
        String text = messages.get("ladder." + code);
        return text.startsWith("!") ? Optional.empty() : Optional.of(text);
    }

    /** A line of the step list: "2. Drives with a companion · Does it with a colleague · usually 7 days". */
    public String stepLine(LadderStep step) {
        return stepTitle(step) + " · " + stepDetail(step);
    }

    /** "2. Drives with a companion". */
    public String stepTitle(LadderStep step) {
        return messages.format("ladders.step.title", steps.indexOf(step) + 1, stepName(step));
    }

    /** What the roster makes of the step, and its guide: "Does it with a colleague · usually 7 days". */
    public String stepDetail(LadderStep step) {
        String stage = stageName(step.stage());
        return step.guideDays().map(days -> stage + " " + messages.format("ladders.step.guide", days)).orElse(stage);
    }

    public void load() {
        load(null, null, null);
    }

    private record Read(List<TaskType> types, Map<Long, List<LadderStep>> ladders) {
    }

    private void load(Long taskId, Long stepId) {
        load(taskId, stepId, null);
    }

    private void load(Long taskId, Long stepId, Runnable then) {
        runner.load(p -> new Read(catalogue.taskTypes(), progress.ladders()), read -> {
            ladders = read.ladders();
            List<TaskType> shown = read.types().stream()
                    .filter(t -> t.active() || read.ladders().containsKey(t.id())).toList();
            taskTypes.setAll(shown);
            long keepTask = taskId != null ? taskId : task.get() == null ? -1 : task.get().id();
            TaskType chosen = shown.stream().filter(t -> t.id() == keepTask).findFirst()
                    .orElse(shown.isEmpty() ? null : shown.getFirst());
            show(chosen, stepId);
            if (then != null) {
                then.run();
            }
        });
    }

    /** Shows a task type's ladder. */
    public void selectTask(TaskType type) {
        if (type == null || task.get() != null && task.get().id() == type.id()) {
            return;
        }
        show(type, null);
    }

    private void show(TaskType type, Long stepId) {
        long keepStep = stepId != null ? stepId
                : selected.get() == null || task.get() == null || type == null || task.get().id() != type.id()
                ? -1 : selected.get().id();
        task.set(type);
        List<LadderStep> ladder = type == null ? List.of() : ladders.getOrDefault(type.id(), List.of());
        steps.setAll(ladder);
        select(ladder.stream().filter(s -> s.id() == keepStep).findFirst()
                .orElse(ladder.isEmpty() ? null : ladder.getFirst()));
    }

    /**
     * Shows a step in the form. The same step read again (after a store) only refreshes the fields
     * whose stored value changed, so a field being typed in, or a refused one, keeps its text.
     */
    public void select(LadderStep step) {
        LadderStep before = selected.get();
        if (step == null || before == null || before.id() != step.id()) {
            fill(step);
            return;
        }
        boolean wasFilling = filling; // a list following the choice calls back into select while filling
        filling = true;
        try {
            selected.set(step);
            form.refresh(before, step);
        } finally {
            filling = wasFilling;
        }
    }

    private void fill(LadderStep step) {
        boolean wasFilling = filling; // a list following the choice calls back into select while filling
        filling = true;
        try {
            selected.set(step);
            errors.remove(FIELD_NAME);
            errors.remove(FIELD_GUIDE);
            form.fill(step);
        } finally {
            filling = wasFilling;
        }
    }

    /**
     * Stores the form if it differs from the stored step. A guide that is not a number of days is
     * refused at its field while the name and stage are still stored.
     */
    public void commit() {
        LadderStep step = selected.get();
        if (step == null) {
            return;
        }
        LadderStepForm.Typed typed = form.typed(step);
        LadderStep edited = typed.step();
        if (edited.equals(step)) {
            markFields(typed.guideWrong());
            return;
        }
        store(stepName(step), p -> {
            progress.updateStep(edited);
            return edited;
        }, saved -> p -> {
            progress.updateStep(step);
            return null;
        }, saved -> {
            markFields(typed.guideWrong());
            load(); // keeps what is chosen now: the nurse may have clicked on meanwhile
        });
    }

    /** The name is fine once stored; a guide that is not a number of days keeps its message. */
    private void markFields(boolean guideWrong) {
        errors.remove(FIELD_NAME);
        if (guideWrong) {
            errors.put(FIELD_GUIDE, messages.get("progress.ladder.guideDays"));
        } else {
            errors.remove(FIELD_GUIDE);
        }
    }

    /** Puts the form back as stored (Escape). */
    public void revert() {
        fill(selected.get());
    }

    /** Adds a step at the end of the chosen task type's ladder; Enter in the name field does it. */
    public void add() {
        TaskType type = task.get();
        if (type == null) {
            return;
        }
        String typed = newName.get();
        OnboardingStage chosen = newStage.get() == null ? OnboardingStage.OBSERVES : newStage.get();
        runner.save(p -> progress.addStep(type.id(), typed, chosen, Optional.empty()), added -> {
            undo.push(stepName(added), () -> runner.save(p -> {
                progress.removeStep(added.id());
                return null;
            }, done -> load(type.id(), null), this::refused));
            newName.set("");
            errors.remove(FIELD_NEW_NAME);
            notice.set("");
            load(type.id(), added.id());
        }, error -> {
            if (error instanceof ValidationException invalid) {
                errors.put(FIELD_NEW_NAME, String.join(" ", invalid.errors().stream().map(messages::text).toList()));
            } else {
                throw new IllegalStateException("adding the step failed", error);
            }
        });
    }

    /** Moves the chosen step one place up (-1) or down (+1). */
    public void move(int by) {
        LadderStep step = selected.get();
        TaskType type = task.get();
        int from = steps.indexOf(step);
        int to = from + by;
        if (step == null || type == null || from < 0 || to < 0 || to >= steps.size()) {
            return;
        }
        List<Long> before = steps.stream().map(LadderStep::id).toList();
        List<Long> after = new ArrayList<>(before);
        after.remove(from);
        after.add(to, step.id());
        store(stepName(step), p -> {
            progress.reorderSteps(type.id(), after);
            return step;
        }, moved -> p -> {
            progress.reorderSteps(type.id(), before);
            return null;
        }, moved -> load());
    }

    /** Whether the chosen step can move that way (-1 up, +1 down). */
    public BooleanBinding canMove(int by) {
        return Bindings.createBooleanBinding(() -> {
            int at = steps.indexOf(selected.get());
            return at >= 0 && at + by >= 0 && at + by < steps.size();
        }, steps, selected);
    }

    /**
     * Removes the chosen step; refused with a message when someone reached it (their sign-off stays
     * as history). Ctrl+Z puts it back in its place.
     */
    public void remove() {
        LadderStep step = selected.get();
        TaskType type = task.get();
        if (step == null || type == null) {
            return;
        }
        List<Long> order = steps.stream().map(LadderStep::id).toList();
        String words = stepName(step);
        // a seeded step comes back under its words (its code belongs to the removed row)
        String nameBack = step.name().or(() -> step.code().flatMap(this::ladderWords)).orElse("");
        runner.save(p -> {
            progress.removeStep(step.id());
            return step;
        }, removed -> {
            undo.push(words, () -> runner.save(p -> {
                LadderStep back = progress.addStep(type.id(), nameBack, step.stage(), step.guideDays());
                progress.reorderSteps(type.id(), order.stream().map(id -> id == step.id() ? back.id() : id).toList());
                return back;
            }, back -> {
                notice.set("");
                load(type.id(), back.id());
            }, this::refused));
            notice.set(messages.format("ladders.removed", words));
            int at = order.indexOf(step.id());
            Long next = order.size() <= 1 ? null : order.get(at + 1 < order.size() ? at + 1 : at - 1);
            load(type.id(), next);
        }, this::refused);
    }

    /** Takes back the page's last stored change. */
    public boolean undo() {
        return undo.undo();
    }

    private <T> void store(String description, TaskRunner.Work<T> write,
                           java.util.function.Function<T, TaskRunner.Work<?>> undoOf,
                           java.util.function.Consumer<T> stored) {
        runner.save(write, result -> {
            TaskRunner.Work<?> back = undoOf.apply(result);
            undo.push(description, () -> runner.save(back, done -> {
                notice.set("");
                load(null, null, this::revert); // the form shows the step as it is again, without messages
            }, this::refused));
            notice.set("");
            stored.accept(result);
        }, this::refused);
    }

    /** A refusal: field messages at their fields, anything else as the page's notice. */
    private void refused(Throwable error) {
        if (!(error instanceof ValidationException invalid)) {
            throw new IllegalStateException("storing the ladder failed", error);
        }
        List<String> general = new ArrayList<>();
        invalid.errors().forEach(e -> {
            String text = messages.text(e);
            switch (e.field()) {
                case ProgressService.FIELD_NAME -> errors.put(FIELD_NAME, text);
                case ProgressService.FIELD_MONTHS -> errors.put(FIELD_GUIDE, text);
                default -> general.add(text);
            }
        });
        if (!general.isEmpty()) {
            notice.set(String.join(" ", general));
        }
    }
}
