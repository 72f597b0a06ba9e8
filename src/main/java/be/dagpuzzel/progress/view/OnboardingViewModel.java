package be.dagpuzzel.progress.view;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.progress.LadderStanding;
import be.dagpuzzel.progress.LadderStep;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.progress.StepSignoff;
import be.dagpuzzel.roster.rules.OnboardingStage;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.ui.Messages;

/**
 * The onboarding ladders of the open worker: per task type its steps with where they stand, what
 * the roster's rules make of the step reached, and the sign-off of the next step (date not in the
 * future, by whom, a note). A sign-off taken back by mistake comes back with Ctrl+Z.
 */
public final class OnboardingViewModel {

    public static final String FIELD_DATE = ProgressService.FIELD_DATE;
    public static final String FIELD_BY = "by";
    public static final String FIELD_NOTE = ProgressService.FIELD_TEXT;
    /** Refusals about the step itself (already signed off, removed in Settings). */
    public static final String FIELD_STEP = ProgressService.FIELD_STEP;

    public enum StepState { REACHED, CURRENT, NEXT, NOT_YET }

    /** One step on a ladder as the tab shows it. */
    public record StepLine(LadderStep step, String name, StepState state, Optional<StepSignoff> signoff,
                           String stateText, String guide, boolean dueForSignOff) {
    }

    /** One task type's ladder: its steps, the line on the roster's rules, the step to sign off next. */
    public record Ladder(long taskTypeId, String taskName, List<StepLine> steps, String rosterRule, boolean started) {

        public Optional<StepLine> next() {
            return steps.stream().filter(s -> s.state() == StepState.NEXT).findFirst();
        }

        public Optional<StepLine> current() {
            return steps.stream().filter(s -> s.state() == StepState.CURRENT).findFirst();
        }
    }

    private final ProgressViewModel page;
    private final ProgressService progress;
    private final Messages messages;
    private final ObservableList<Ladder> ladders = FXCollections.observableArrayList();
    private final ObjectProperty<StepLine> signing = new SimpleObjectProperty<>(this, "signing");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty by = new SimpleStringProperty(this, "by", "");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    /** Whose step the form signs off. */
    private long signingFor = -1;

    public OnboardingViewModel(ProgressViewModel page, ProgressService progress) {
        this.page = page;
        this.progress = progress;
        this.messages = page.messages();
        page.pageProperty().addListener((obs, old, now) -> show(now));
        show(page.pageProperty().get());
    }

    /** The ladders, those being climbed first. */
    public ObservableList<Ladder> ladders() {
        return ladders;
    }

    /** The step the sign-off form is for; null while the form is closed. */
    public ObjectProperty<StepLine> signingProperty() {
        return signing;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty byProperty() {
        return by;
    }

    public StringProperty noteProperty() {
        return note;
    }

    /** Field name to message for the sign-off form. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** The open worker's full name ("" while none is open). */
    public String workerName() {
        ProgressPage p = page.pageProperty().get();
        return p == null ? "" : p.member().fullName();
    }

    /** "Driving: Hassan El Amrani reached “Drives alone”" for the sign-off form's heading. */
    public String signingHeader() {
        StepLine line = signing.get();
        return line == null ? "" : messages.format("progress.onboarding.signOff.header",
                page.taskName(line.step().taskTypeId()), workerName(), line.name());
    }

    /** Opens the sign-off form for a ladder's next step: today, signed by the coach (or the computer's user). */
    public void startSignOff(StepLine next) {
        ProgressPage p = page.pageProperty().get();
        if (p == null || next == null || next.state() != StepState.NEXT) {
            return;
        }
        errors.clear();
        date.set(messages.shortDate(page.today()));
        by.set(Typed.signer(p));
        note.set("");
        signingFor = p.member().id();
        signing.set(next);
    }

    public void cancelSignOff() {
        errors.clear();
        signing.set(null);
    }

    /** Stores the sign-off; a wrong date or a refusal stays in the form with its message. */
    public void signOff() {
        StepLine line = signing.get();
        ProgressPage p = page.pageProperty().get();
        if (line == null || p == null) {
            return;
        }
        errors.clear();
        Optional<LocalDate> day = Typed.pastDate(date.get(), page.today());
        if (day.isEmpty()) {
            errors.put(FIELD_DATE, Typed.dateError(messages, date.get()));
            return;
        }
        if (by.get().strip().length() > 100) {
            errors.put(FIELD_BY, messages.format("progress.text.tooLong", 100));
            return;
        }
        long staffId = signingFor;
        long stepId = line.step().id();
        String who = by.get();
        String text = note.get();
        page.edit(messages.format("progress.onboarding.undo.signOff", line.name()),
                work -> progress.signOff(staffId, stepId, day.get(), who, text),
                stored -> work -> progress.removeSignoff(stored.id()),
                stored -> {
                    if (signing.get() == line) {
                        signing.set(null);
                    }
                },
                refused -> Typed.showErrors(refused, errors, messages, Map.of()));
    }

    /** Takes back the sign-off of the step reached (a mistake); Ctrl+Z puts it back as it was. */
    public void takeBack(StepLine current) {
        if (current == null || current.signoff().isEmpty()) {
            return;
        }
        StepSignoff signoff = current.signoff().get();
        page.edit(messages.format("progress.onboarding.undo.takeBack", current.name()),
                work -> progress.removeSignoff(signoff.id()).orElse(signoff),
                was -> work -> {
                    progress.restoreSignoff(was);
                    return was;
                }, null, null);
    }

    private void show(ProgressPage p) {
        if (p == null) {
            ladders.clear();
            signing.set(null);
            return;
        }
        List<Ladder> result = new ArrayList<>();
        for (LadderStanding standing : p.ladders()) {
            TaskType type = page.taskTypes().get(standing.taskTypeId());
            boolean started = standing.current().isPresent();
            if (type != null && !type.active() && !started) {
                continue;
            }
            result.add(ladder(p, standing, type));
        }
        result.sort(Comparator.comparing((Ladder l) -> !(l.started() && l.next().isPresent()))
                .thenComparing(l -> !l.started()));
        ladders.setAll(result);
        StepLine open = signing.get();
        if (open != null && signingFor != p.member().id()) {
            signing.set(null);
        } else if (open != null && result.stream().flatMap(l -> l.next().stream())
                .noneMatch(n -> n.step().id() == open.step().id())) {
            signing.set(null);
        }
    }

    private Ladder ladder(ProgressPage p, LadderStanding standing, TaskType type) {
        LocalDate today = page.today();
        Optional<LadderStep> current = standing.current();
        Optional<LadderStep> next = standing.next();
        Optional<LocalDate> dueOn = standing.nextDueOn();
        List<StepLine> lines = new ArrayList<>();
        for (LadderStep step : standing.steps()) {
            Optional<StepSignoff> signoff = Optional.ofNullable(standing.signoffs().get(step.id()));
            StepState state = current.filter(c -> c.id() == step.id()).isPresent() ? StepState.CURRENT
                    : next.filter(n -> n.id() == step.id()).isPresent() ? StepState.NEXT
                    : signoff.isPresent() ? StepState.REACHED : StepState.NOT_YET;
            boolean due = state == StepState.NEXT && dueOn.filter(d -> !d.isAfter(today)).isPresent();
            lines.add(new StepLine(step, page.stepName(step), state, signoff, stateText(state, signoff, dueOn, due),
                    guide(step), due));
        }
        String rule = rosterRule(p.member().profile().firstName(), type, current, next);
        return new Ladder(standing.taskTypeId(), page.taskName(standing.taskTypeId()), lines, rule, current.isPresent());
    }

    private String stateText(StepState state, Optional<StepSignoff> signoff, Optional<LocalDate> dueOn, boolean due) {
        return switch (state) {
            case REACHED, CURRENT -> {
                StepSignoff s = signoff.orElseThrow();
                yield s.signedBy().isEmpty() ? messages.format("progress.onboarding.reached", messages.shortDate(s.signedOn()))
                        : messages.format("progress.onboarding.reachedBy", messages.shortDate(s.signedOn()), s.signedBy());
            }
            case NEXT -> dueOn.map(d -> messages.format(due ? "progress.onboarding.nextDue" : "progress.onboarding.nextFrom",
                    messages.shortDate(d))).orElseGet(() -> messages.get("progress.onboarding.next"));
            case NOT_YET -> messages.get("progress.onboarding.notYet");
        };
    }

    /** "usually a week", "usually 10 days"; empty for a step without a guide (the last one). */
    private String guide(LadderStep step) {
        return step.guideDays().map(days -> days % 7 == 0
                ? messages.format("progress.onboarding.guideWeeks", days / 7)
                : messages.format("progress.onboarding.guideDays", days)).orElse("");
    }

    /** What the roster's rules make of the step reached, in the words of the board's warnings. */
    private String rosterRule(String name, TaskType type, Optional<LadderStep> current, Optional<LadderStep> next) {
        if (current.isEmpty()) {
            return messages.format("progress.onboarding.rule.notStarted", name);
        }
        OnboardingStage stage = current.get().stage();
        if (!stage.isLearning()) {
            return messages.format("progress.onboarding.rule.alone", name, page.stepName(current.get()));
        }
        if (next.isEmpty()) {
            return messages.format("progress.onboarding.rule.lastIsLearning", name, page.stepName(current.get()));
        }
        String nextName = page.stepName(next.get());
        boolean driving = type != null && type.is(TaskType.DRIVER);
        if (driving && stage == OnboardingStage.OBSERVES) {
            return messages.format("progress.onboarding.rule.mayNotDrive", name, nextName);
        }
        if (driving) {
            return messages.format("progress.onboarding.rule.needsCompanion", name, nextName);
        }
        return messages.format("progress.onboarding.rule.practice", name, nextName);
    }
}
