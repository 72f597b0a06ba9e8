package be.dagpuzzel.settings;

import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * The Security page: a password on the store turned on (typed twice, at least
 * {@value #MIN_LENGTH} characters, with a tick that a lost password means lost data), changed or
 * turned off (both need the current password). The checks are here; the conversion itself is the
 * app's ({@link StoreProtection#change}). Also the copies in the data folder that are not encrypted,
 * and removing them.
 */
public final class SecurityViewModel {

    public static final int MIN_LENGTH = 8;
    public static final String FIELD_CURRENT = "current";
    public static final String FIELD_NEW = "new";
    public static final String FIELD_REPEAT = "repeat";
    public static final String FIELD_UNDERSTOOD = "understood";

    private final TaskRunner runner;
    private final Messages messages;
    private final StoreProtection protection;
    private final ReadOnlyBooleanWrapper encrypted = new ReadOnlyBooleanWrapper(this, "encrypted");
    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final StringProperty newPassword = new SimpleStringProperty(this, "newPassword", "");
    private final StringProperty repeat = new SimpleStringProperty(this, "repeat", "");
    private final BooleanProperty understood = new SimpleBooleanProperty(this, "understood");
    private final IntegerProperty unencryptedCopies = new SimpleIntegerProperty(this, "unencryptedCopies");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();

    public SecurityViewModel(TaskRunner runner, Messages messages, StoreProtection protection) {
        this.runner = runner;
        this.messages = messages;
        this.protection = protection;
    }

    /** Reads the state; the count of unencrypted copies in the background. */
    public void load() {
        encrypted.set(protection.encrypted());
        errors.clear();
        if (encrypted.get()) {
            runner.load(p -> protection.unencryptedCopies().size(), unencryptedCopies::set);
        } else {
            unencryptedCopies.set(0);
        }
    }

    public ReadOnlyBooleanProperty encryptedProperty() {
        return encrypted.getReadOnlyProperty();
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty newPasswordProperty() {
        return newPassword;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    /** The tick: "a lost password means the data is lost". */
    public BooleanProperty understoodProperty() {
        return understood;
    }

    /** How many copies in the data folder are not encrypted (only counted while the store is). */
    public ReadOnlyIntegerProperty unencryptedCopiesProperty() {
        return unencryptedCopies;
    }

    /** A line under the copies, after removing them. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Field name to message, for the fields refused at the last try. */
    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** Turns the password on, when the new password passes the checks. */
    public void turnOn() {
        errors.clear();
        checkNew(Optional.empty());
        if (!understood.get()) {
            errors.put(FIELD_UNDERSTOOD, messages.get("security.error.understood"));
        }
        if (errors.isEmpty()) {
            hand(Optional.of(newPassword.get()));
        }
    }

    /** Changes the password, when the current one is right and the new one passes the checks. */
    public void changePassword() {
        errors.clear();
        checkCurrent();
        checkNew(errors.containsKey(FIELD_CURRENT) ? Optional.empty() : Optional.of(current.get()));
        if (errors.isEmpty()) {
            hand(Optional.of(newPassword.get()));
        }
    }

    /** Turns the password off, when the current one is right. */
    public void turnOff() {
        errors.clear();
        checkCurrent();
        if (errors.isEmpty()) {
            hand(Optional.empty());
        }
    }

    /** Removes the unencrypted copies (the page asks first). */
    public void removeUnencryptedCopies() {
        runner.save(p -> protection.removeUnencryptedCopies(), removed -> {
            unencryptedCopies.set(0);
            notice.set(messages.format("security.copies.removed", removed));
        }, error -> notice.set(messages.format("security.copies.failed", String.valueOf(error.getMessage()))));
    }

    private void checkCurrent() {
        if (current.get().isEmpty()) {
            errors.put(FIELD_CURRENT, messages.get("security.error.currentEmpty"));
        } else if (!protection.isCurrentPassword(current.get())) {
            errors.put(FIELD_CURRENT, messages.get("security.error.currentWrong"));
        }
    }

    private void checkNew(Optional<String> currentPassword) {
        String typed = newPassword.get();
        if (typed.isEmpty()) {
            errors.put(FIELD_NEW, messages.get("security.error.newEmpty"));
        } else if (typed.codePointCount(0, typed.length()) < MIN_LENGTH) {
            errors.put(FIELD_NEW, messages.format("security.error.tooShort", MIN_LENGTH));
        } else if (typed.isBlank()) {
            errors.put(FIELD_NEW, messages.get("security.error.blank"));
        } else if (currentPassword.isPresent() && currentPassword.get().equals(typed)) {
            errors.put(FIELD_NEW, messages.get("security.error.same"));
        }
        if (!errors.containsKey(FIELD_NEW) && !typed.equals(repeat.get())) {
            errors.put(FIELD_REPEAT, messages.get("security.error.mismatch"));
        }
    }

    private void hand(Optional<String> next) {
        current.set("");
        newPassword.set("");
        repeat.set("");
        understood.set(false);
        protection.change(next);
    }
}
