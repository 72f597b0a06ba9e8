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
}
