package be.dagpuzzel.staff.view;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import be.dagpuzzel.staff.Preference;

/** How much the open person likes one task type. */
public final class PreferenceLine {

    private final long taskTypeId;
    private final String taskName;
    private final String colour;
    private final ObjectProperty<Preference> preference = new SimpleObjectProperty<>(this, "preference", Preference.NEUTRAL);
    private final ObjectProperty<be.dagpuzzel.roster.rules.OnboardingStage> stage = new SimpleObjectProperty<>(this,
            "stage", be.dagpuzzel.roster.rules.OnboardingStage.INDEPENDENT);
    private boolean driving;

    public PreferenceLine(long taskTypeId, String taskName, String colour) {
        this.taskTypeId = taskTypeId;
        this.taskName = taskName;
        this.colour = colour;
    }

    public long taskTypeId() {
        return taskTypeId;
    }

    public String taskName() {
        return taskName;
    }

    public String colour() {
        return colour;
    }

    public ObjectProperty<Preference> preferenceProperty() {
        return preference;
    }

    /** How far the person is in learning this task (the roster's onboarding rule reads it). */
    public ObjectProperty<be.dagpuzzel.roster.rules.OnboardingStage> stageProperty() {
        return stage;
    }

    /** Driving has its own words for the stages: rides along, drives with a companion, drives alone. */
    public boolean isDriving() {
        return driving;
    }

    void setDriving(boolean value) {
        driving = value;
    }
}
