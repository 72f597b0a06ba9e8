package be.dagpuzzel.settings;

import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import be.dagpuzzel.progress.LadderStep;
import be.dagpuzzel.roster.rules.OnboardingStage;

/**
 * The chosen onboarding step as the form shows it: its name, stage and guide as typed, and the
 * step they make. A name that is only the words the step has anyway is not stored as its own, so
 * seeded words keep following the language and a nameless step keeps following its stage.
 */
public final class LadderStepForm {

    /** The step as typed; the guide stays as stored when its text is not a number of days. */
    public record Typed(LadderStep step, boolean guideWrong) {
    }

    private final Function<LadderStep, String> words;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<OnboardingStage> stage = new SimpleObjectProperty<>(this, "stage");
    private final StringProperty guide = new SimpleStringProperty(this, "guide", "");

    LadderStepForm(Function<LadderStep, String> words) {
        this.words = words;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<OnboardingStage> stageProperty() {
        return stage;
    }

    /** The usual days on the step, as typed; empty for no guide. */
    public StringProperty guideProperty() {
        return guide;
    }

    void fill(LadderStep step) {
        name.set(step == null ? "" : words.apply(step));
        stage.set(step == null ? null : step.stage());
        guide.set(step == null ? "" : guideText(step));
    }

    /** The same step read again: only the fields whose stored value changed are refreshed. */
    void refresh(LadderStep before, LadderStep step) {
        if (!before.name().equals(step.name()) || !words.apply(before).equals(words.apply(step))) {
            name.set(words.apply(step));
        }
        if (before.stage() != step.stage()) {
            stage.set(step.stage());
        }
        if (!before.guideDays().equals(step.guideDays())) {
            guide.set(guideText(step));
        }
    }

    private static String guideText(LadderStep step) {
        return step.guideDays().map(String::valueOf).orElse("");
    }

    Typed typed(LadderStep stored) {
        String typedGuide = guide.get() == null ? "" : guide.get().strip();
        Optional<Integer> days = stored.guideDays();
        boolean guideWrong = false;
        if (typedGuide.isEmpty()) {
            days = Optional.empty();
        } else if (typedGuide.matches("\\d{1,4}")) {
            days = Optional.of(Integer.parseInt(typedGuide));
        } else {
            guideWrong = true;
        }
        OnboardingStage chosen = stage.get() == null ? stored.stage() : stage.get();
        return new Typed(new LadderStep(stored.id(), stored.taskTypeId(), stored.order(), stored.code(),
                ownName(stored, chosen), chosen, days), guideWrong);
    }

    /** None when the field is empty or shows the words the step would have anyway. */
    private Optional<String> ownName(LadderStep stored, OnboardingStage chosen) {
        String typed = name.get() == null ? "" : name.get().strip();
        if (typed.isEmpty() || stored.name().isEmpty() && typed.equals(words.apply(stored))) {
            return Optional.empty();
        }
        LadderStep unnamed = new LadderStep(stored.id(), stored.taskTypeId(), stored.order(), stored.code(),
                Optional.empty(), chosen, stored.guideDays());
        return typed.equals(words.apply(unnamed)) ? Optional.empty() : Optional.of(typed);
    }
}
