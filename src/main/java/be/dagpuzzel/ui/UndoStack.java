package be.dagpuzzel.ui;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** The edits of a form that Ctrl+Z can take back, newest first. */
public final class UndoStack {

    /** One stored change and how to take it back. */
    public record Edit(String description, Runnable undo) {
    }

    private static final int LIMIT = 50;

    private final Deque<Edit> edits = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");

    public void push(String description, Runnable undo) {
        edits.push(new Edit(description, undo));
        if (edits.size() > LIMIT) {
            edits.removeLast();
        }
        changed();
    }

    /** Takes back the newest edit; false when there is none. */
    public boolean undo() {
        Edit edit = edits.poll();
        if (edit == null) {
            return false;
        }
        changed();
        edit.undo().run();
        return true;
    }

    public void clear() {
        edits.clear();
        changed();
    }

    private void changed() {
        canUndo.set(!edits.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
