package be.dagpuzzel.progress;

/** Where a goal of the personal development plan stands. */
public enum GoalStatus {
    OPEN, ACHIEVED, DROPPED;

    public String messageKey() {
        return "progress.goal." + name();
    }
}
