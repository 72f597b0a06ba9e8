package be.dagpuzzel.progress.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.progress.Trajectory;
import be.dagpuzzel.ui.Messages;

/**
 * The trajectory as typed on the Transition tab: start, decided end, the exceptional longer term,
 * target job and employer, the hours of guidance and of care practice aimed at. Stored field by
 * field; a wrong field keeps its text and message while the others are stored.
 */
public final class TrajectoryForm {

    public static final String START = "start";
    public static final String END = "end";
    public static final String EXTENDED = "extended";
    public static final String JOB = "targetJob";
    public static final String EMPLOYER = "targetEmployer";
    public static final String GUIDANCE_TARGET = "guidanceTarget";
    public static final String CARE_TARGET = "careTarget";
    private static final int TEXT_MAX = 200;

    private final ProgressViewModel page;
    private final ProgressService progress;
    private final Messages messages;
    private final StringProperty start = new SimpleStringProperty(this, START, "");
    private final StringProperty end = new SimpleStringProperty(this, END, "");
    private final BooleanProperty extended = new SimpleBooleanProperty(this, EXTENDED);
    private final BooleanProperty extendable = new SimpleBooleanProperty(this, "extendable");
    private final StringProperty job = new SimpleStringProperty(this, JOB, "");
    private final StringProperty employer = new SimpleStringProperty(this, EMPLOYER, "");
    private final StringProperty guidanceTarget = new SimpleStringProperty(this, GUIDANCE_TARGET, "");
    private final StringProperty careTarget = new SimpleStringProperty(this, CARE_TARGET, "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    TrajectoryForm(ProgressViewModel page, ProgressService progress) {
        this.page = page;
        this.progress = progress;
        this.messages = page.messages();
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public BooleanProperty extendedProperty() {
        return extended;
    }

    /** The programme has an exceptional longer term (LDE: 6 years instead of 5). */
    public BooleanProperty extendableProperty() {
        return extendable;
    }

    public StringProperty jobProperty() {
        return job;
    }

    public StringProperty employerProperty() {
        return employer;
    }

    public StringProperty guidanceTargetProperty() {
        return guidanceTarget;
    }

    public StringProperty careTargetProperty() {
        return careTarget;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** Shows the stored trajectory; a field with a message keeps what was typed. */
    void fill(ProgressPage p) {
        if (p == null) {
            errors.clear();
            return;
        }
        Trajectory t = p.trajectory();
        extendable.set(p.rule().extendedMonths().isPresent());
        set(start, START, messages.shortDate(t.start()));
        set(end, END, t.decidedEnd().map(messages::shortDate).orElse(""));
        extended.set(t.extended());
        set(job, JOB, t.targetJob());
        set(employer, EMPLOYER, t.targetEmployer());
        set(guidanceTarget, GUIDANCE_TARGET, Typed.hours(t.guidanceTargetHours(), messages.locale()));
        set(careTarget, CARE_TARGET, t.carePracticeTargetHours().map(h -> Typed.hours(h, messages.locale())).orElse(""));
    }

    private void set(StringProperty field, String name, String value) {
        if (!errors.containsKey(name)) {
            field.set(value);
        }
    }

    /** Stores what changed; fields that cannot be read or are refused keep their text and get a message. */
    public void commit() {
        ProgressPage p = page.pageProperty().get();
        if (p == null) {
            return;
        }
        Trajectory stored = p.trajectory();
        LocalDate today = page.today();
        Map<String, String> wrong = new HashMap<>();
        LocalDate from = Typed.nearDate(start.get(), today).orElseGet(() -> {
            wrong.put(START, Typed.dateError(messages, start.get()));
            return stored.start();
        });
        Optional<LocalDate> decided = Typed.blank(end.get()) ? Optional.empty()
                : Typed.nearDate(end.get(), today).or(() -> {
                    wrong.put(END, Typed.dateError(messages, end.get()));
                    return stored.decidedEnd();
                });
        String targetJob = text(job, JOB, stored.targetJob(), wrong);
        String targetEmployer = text(employer, EMPLOYER, stored.targetEmployer(), wrong);
        BigDecimal guidance = Typed.blank(guidanceTarget.get()) ? Trajectory.USUAL_GUIDANCE_HOURS
                : Typed.hours(guidanceTarget.get()).orElseGet(() -> {
                    wrong.put(GUIDANCE_TARGET, messages.format("progress.typed.notHours", guidanceTarget.get().strip()));
                    return stored.guidanceTargetHours();
                });
        Optional<BigDecimal> care = Typed.blank(careTarget.get()) ? Optional.empty()
                : Typed.hours(careTarget.get()).or(() -> {
                    wrong.put(CARE_TARGET, messages.format("progress.typed.notHours", careTarget.get().strip()));
                    return stored.carePracticeTargetHours();
                });
        Trajectory typed = new Trajectory(stored.staffId(), from, decided, extendable.get() ? extended.get() : stored.extended(), targetJob,
                targetEmployer, guidance, care);
        errors.keySet().retainAll(wrong.keySet());
        errors.putAll(wrong);
        if (typed.equals(stored)) {
            return;
        }
        page.edit(messages.get("progress.transition.undo.trajectory"), work -> store(typed, stored),
                saved -> saved.trajectory().equals(stored) ? null : work -> {
                    progress.saveTrajectory(stored);
                    return stored;
                },
                saved -> Typed.showErrors(saved.refused(), errors, messages, fieldsOf(saved.trajectory())),
                refused -> Typed.showErrors(refused, errors, messages, fieldsOf(typed)));
    }

    private String text(StringProperty field, String name, String stored, Map<String, String> wrong) {
        String value = field.get() == null ? "" : field.get().strip();
        if (value.length() > TEXT_MAX) {
            wrong.put(name, messages.format("progress.text.tooLong", TEXT_MAX));
            return stored;
        }
        return value;
    }

    /** What was stored, and what the service refused (those fields kept their stored value). */
    record Saved(Trajectory trajectory, List<FieldError> refused) {
    }

    /** Stores the trajectory; when the service refuses some fields, stores the rest with those as they were. */
    private Saved store(Trajectory typed, Trajectory stored) {
        try {
            progress.saveTrajectory(typed);
            return new Saved(typed, List.of());
        } catch (ValidationException refused) {
            Set<String> fields = new HashSet<>();
            refused.errors().forEach(e -> fields.add(e.field()));
            Trajectory rest = new Trajectory(typed.staffId(),
                    fields.contains(ProgressService.FIELD_END) ? stored.start() : typed.start(),
                    fields.contains(ProgressService.FIELD_END) ? stored.decidedEnd() : typed.decidedEnd(),
                    typed.extended(), typed.targetJob(), typed.targetEmployer(),
                    fields.contains(ProgressService.FIELD_HOURS) ? stored.guidanceTargetHours() : typed.guidanceTargetHours(),
                    fields.contains(CARE_TARGET) ? stored.carePracticeTargetHours() : typed.carePracticeTargetHours());
            if (rest.equals(stored)) {
                throw refused;
            }
            progress.saveTrajectory(rest);
            return new Saved(rest, refused.errors());
        }
    }

    /** The service's field names to this form's: an end before the start is shown at whichever was changed. */
    private Map<String, String> fieldsOf(Trajectory typed) {
        Trajectory stored = page.pageProperty().get() == null ? typed : page.pageProperty().get().trajectory();
        boolean startChanged = !typed.start().equals(stored.start()) && typed.decidedEnd().equals(stored.decidedEnd());
        return Map.of(ProgressService.FIELD_END, startChanged ? START : END,
                ProgressService.FIELD_HOURS, GUIDANCE_TARGET);
    }
}
