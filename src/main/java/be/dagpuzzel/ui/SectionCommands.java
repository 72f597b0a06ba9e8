package be.dagpuzzel.ui;

/**
 * The Edit menu's commands (Ctrl+N, Ctrl+F, Ctrl+Z), which each section answers in its own way.
 * A section view implements what it offers; the rest does nothing.
 */
public interface SectionCommands {

    default void createNew() {
    }

    default void find() {
    }

    /** The day's plan: fill the open places (Today only). */
    default void fillTheRest() {
    }

    /** The day's plan: fill the places of people who are not here (Today only). */
    default void replan() {
    }

    /** Ctrl+P: the section's print (the day's roster on Today, route sheets on Transport, the report on Progress). */
    default void printDay() {
    }

    /** Does the last undone change again, where the section keeps a redo history. */
    default void redo() {
    }

    /** Takes back the section's last stored change; false when there is nothing to undo. */
    default boolean undo() {
        return false;
    }
}
