package be.dagpuzzel.app;

import javafx.scene.input.KeyCode;

/** The parts of the app in the navigation, in order; Ctrl+1..7 opens them. */
public enum Section {
    TODAY(KeyCode.DIGIT1),
    TRANSPORT(KeyCode.DIGIT2),
    REVIEW(KeyCode.DIGIT3),
    STAFF(KeyCode.DIGIT4),
    PROGRESS(KeyCode.DIGIT5),
    PARTICIPANTS(KeyCode.DIGIT6),
    SETTINGS(KeyCode.DIGIT7);

    private final KeyCode key;

    Section(KeyCode key) {
        this.key = key;
    }

    public KeyCode key() {
        return key;
    }

    /** The key of its name in the message bundles. */
    public String messageKey() {
        return "section." + name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Section parse(String value, Section fallback) {
        for (Section s : values()) {
            if (s.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return s;
            }
        }
        return fallback;
    }
}
