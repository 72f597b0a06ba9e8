package be.dagpuzzel.progress.view;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.progress.Competence;
import be.dagpuzzel.progress.GoalStatus;
import be.dagpuzzel.progress.PopGoal;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.ui.Messages;

/**
 * The personal development plan (POP): the goals with their task type ("should practise"),
 * competence, dates and status, goals past their target date flagged; the form that adds or
 * changes one; removing, marking achieved or dropped (closed today) and reopening, each with undo.
 */
public final class PlanModel {

    /** Field name of the date the goal was set, for its message. */
    public static final String FIELD_SET_ON = "setOn";

    /** A goal as the table shows it. */
    public record GoalRow(PopGoal goal, String description, String task, String competence, String setOn,
                          String target, String status, boolean pastTarget) {
    }

    /** A choice in a list of task types or competences; id null for "none". */
    public record Choice(Long id, String name) {
    }

    private final ProgressViewModel page;
    private final ProgressService progress;
    private final Messages messages;
    private final ObservableList<GoalRow> goals = FXCollections.observableArrayList();
    private final ObservableList<Choice> taskChoices = FXCollections.observableArrayList();
    private final ObservableList<Choice> competenceChoices = FXCollections.observableArrayList();
    private final ObjectProperty<PopGoal> editing = new SimpleObjectProperty<>(this, "editing");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObjectProperty<Choice> task = new SimpleObjectProperty<>(this, "task");
    private final ObjectProperty<Choice> competence = new SimpleObjectProperty<>(this, "competence");
    private final StringProperty setOn = new SimpleStringProperty(this, "setOn", "");
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private Long shownFor;

    public PlanModel(ProgressViewModel page, ProgressService progress) {
        this.page = page;
        this.progress = progress;
        this.messages = page.messages();
        page.pageProperty().addListener((obs, old, value) -> show(value));
        show(page.pageProperty().get());
    }

    public ObservableList<GoalRow> goals() {
        return goals;
    }

    /** "None" and the active task types (and the goal's own, when no longer active). */
    public ObservableList<Choice> taskChoices() {
        return taskChoices;
    }

    public ObservableList<Choice> competenceChoices() {
        return competenceChoices;
    }

    /** The goal the form changes; null while it adds a new one. */
    public ObjectProperty<PopGoal> editingProperty() {
        return editing;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<Choice> taskProperty() {
        return task;
    }

    public ObjectProperty<Choice> competenceProperty() {
        return competence;
    }

    public StringProperty setOnProperty() {
        return setOn;
    }

    public StringProperty targetProperty() {
        return target;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    private void show(ProgressPage p) {
        if (p == null) {
            goals.clear();
            shownFor = null;
            return;
        }
        LocalDate today = page.today();
        goals.setAll(p.goals().stream()
                .sorted(Comparator.comparing((PopGoal g) -> g.status() != GoalStatus.OPEN)
                        .thenComparing(g -> g.targetDate().orElse(LocalDate.MAX)).thenComparing(PopGoal::setOn))
                .map(g -> row(g, today)).toList());
        taskChoices.setAll(new Choice(null, messages.get("progress.goal.noTask")));
        page.taskTypes().values().stream().filter(TaskType::active).sorted(Comparator.comparingLong(TaskType::id))
                .forEach(t -> taskChoices.add(new Choice(t.id(), page.taskName(t.id()))));
        competenceChoices.setAll(new Choice(null, messages.get("progress.goal.noCompetence")));
        p.competences().stream().filter(Competence::active)
                .sorted(Comparator.comparingInt(Competence::order).thenComparingLong(Competence::id))
                .forEach(c -> competenceChoices.add(new Choice(c.id(), page.competenceName(c))));
        if (!Objects.equals(shownFor, p.member().id())) {
            shownFor = p.member().id();
            newGoal();
        } else if (editing.get() != null) {
            long id = editing.get().id();
            p.goals().stream().filter(g -> g.id() == id).findFirst().ifPresentOrElse(g -> editing.set(g), this::newGoal);
        }
    }

    private GoalRow row(PopGoal g, LocalDate today) {
        String taskName = g.taskTypeId().map(page::taskName).orElse("");
        String competenceName = g.competenceId().flatMap(id -> page.competences().stream().filter(c -> c.id() == id)
                .findFirst()).map(page::competenceName).orElse("");
        String status = messages.get(g.status().messageKey())
                + g.closedOn().map(d -> " " + messages.format("progress.goal.closedOn", messages.shortDate(d))).orElse("");
        boolean late = g.isPastTarget(today);
        return new GoalRow(g, g.description(), taskName, competenceName, messages.shortDate(g.setOn()),
                g.targetDate().map(messages::shortDate).orElse(""),
                late ? messages.format("progress.goal.statusLate", status) : status, late);
    }

    /** Empties the form for a new goal, set today. */
    public void newGoal() {
        editing.set(null);
        description.set("");
        task.set(taskChoices.isEmpty() ? null : taskChoices.getFirst());
        competence.set(competenceChoices.isEmpty() ? null : competenceChoices.getFirst());
        setOn.set(messages.shortDate(page.today()));
        target.set("");
        errors.clear();
    }

    /** Puts a goal in the form to change it. */
    public void edit(PopGoal g) {
        if (g == null) {
            newGoal();
            return;
        }
        editing.set(g);
        description.set(g.description());
        task.set(choice(taskChoices, g.taskTypeId(), id -> page.taskName(id)));
        competence.set(choice(competenceChoices, g.competenceId(), id -> "?"));
        setOn.set(messages.shortDate(g.setOn()));
        target.set(g.targetDate().map(messages::shortDate).orElse(""));
        errors.clear();
    }

    private static Choice choice(ObservableList<Choice> choices, Optional<Long> id,
                                 java.util.function.Function<Long, String> name) {
        if (id.isEmpty()) {
            return choices.isEmpty() ? null : choices.getFirst();
        }
        return choices.stream().filter(c -> id.get().equals(c.id())).findFirst().orElseGet(() -> {
            Choice gone = new Choice(id.get(), name.apply(id.get()));
            choices.add(gone);
            return gone;
        });
    }

    /** Stores the form: a new goal, or the changes of the one being edited. */
    public void save() {
        errors.clear();
        ProgressPage p = page.pageProperty().get();
        if (p == null) {
            return;
        }
        LocalDate today = page.today();
        Optional<LocalDate> set = Typed.blank(setOn.get()) ? Optional.of(today) : Typed.pastDate(setOn.get(), today);
        if (set.isEmpty()) {
            errors.put(FIELD_SET_ON, messages.get("validation.date"));
        }
        Optional<LocalDate> until = Optional.empty();
        if (!Typed.blank(target.get())) {
            until = Typed.comingDate(target.get(), set.orElse(today));
            if (until.isEmpty()) {
                errors.put(ProgressService.FIELD_TARGET, messages.get("validation.date"));
            }
        }
        if (!errors.isEmpty()) {
            return;
        }
        PopGoal before = editing.get();
        PopGoal goal = new PopGoal(before == null ? 0 : before.id(), p.member().id(), description.get(),
                Optional.ofNullable(task.get()).map(Choice::id), Optional.ofNullable(competence.get()).map(Choice::id),
                set.get(), until, before == null ? GoalStatus.OPEN : before.status(),
                before == null ? Optional.empty() : before.closedOn());
        String what = messages.format(before == null ? "progress.goal.added" : "progress.goal.changed", goal.description());
        page.edit(what, x -> progress.saveGoal(goal),
                saved -> before == null ? x -> {
                    progress.removeGoal(saved.id());
                    return Boolean.TRUE;
                } : x -> progress.saveGoal(before),
                saved -> {
                    if (before == null) {
                        newGoal();
                    } else {
                        editing.set(saved);
                    }
                },
                refused -> refused.forEach(e -> errors.put(e.field(), messages.text(e))));
    }

    /** Removes a goal; undo brings it back as it was. */
    public void remove(PopGoal g) {
        if (g == null) {
            return;
        }
        page.edit(messages.format("progress.goal.removed", g.description()), x -> {
            progress.removeGoal(g.id());
            return g;
        }, gone -> x -> progress.saveGoal(gone), gone -> {
            if (editing.get() != null && editing.get().id() == g.id()) {
                newGoal();
            }
        }, null);
    }

    /** Marks a goal achieved or dropped (closed today), or open again; undo puts back the status it had. */
    public void setStatus(PopGoal g, GoalStatus status) {
        if (g == null || g.status() == status) {
            return;
        }
        page.edit(messages.format("progress.goal.statusChanged", g.description(), messages.get(status.messageKey())),
                x -> progress.setGoalStatus(g, status), changed -> x -> progress.saveGoal(g), null, null);
    }
}
