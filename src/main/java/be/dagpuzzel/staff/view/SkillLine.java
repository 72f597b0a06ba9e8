package be.dagpuzzel.staff.view;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One skill of the centre's list for the open person: held or not, until when, expired or not. */
public final class SkillLine {

    private final long skillId;
    private final String name;
    private final BooleanProperty held = new SimpleBooleanProperty(this, "held");
    private final StringProperty expiry = new SimpleStringProperty(this, "expiry", "");
    private final BooleanProperty expired = new SimpleBooleanProperty(this, "expired");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    public SkillLine(long skillId, String name) {
        this.skillId = skillId;
        this.name = name;
    }

    public long skillId() {
        return skillId;
    }

    public String name() {
        return name;
    }

    public BooleanProperty heldProperty() {
        return held;
    }

    /** The expiry date as typed; empty means it does not expire. */
    public StringProperty expiryProperty() {
        return expiry;
    }

    public BooleanProperty expiredProperty() {
        return expired;
    }

    public StringProperty errorProperty() {
        return error;
    }
}
