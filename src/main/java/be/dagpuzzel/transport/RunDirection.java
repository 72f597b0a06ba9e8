package be.dagpuzzel.transport;

/** A morning pick-up ends at the centre; an evening drop-off starts there. */
public enum RunDirection {
    MORNING, EVENING;

    /** The key of its name in the message bundles. */
    public String messageKey() {
        return "run.direction." + name();
    }
}
