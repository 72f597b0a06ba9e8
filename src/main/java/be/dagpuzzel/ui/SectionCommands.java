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

    /** Does the last undone change again, where the section keeps a redo history. */
    default void redo() {
    }

    /** Takes back the section's last stored change; false when there is nothing to undo. */
    default boolean undo() {
        return false;
    }
}
