package be.dagpuzzel.progress;

/** The phases of a transition path (doorstroom) towards a regular job, in order. */
public enum Phase {
    PREPARATION, JOB_MATCHING, WORK_PLACEMENT, FOLLOW_UP;

    public String messageKey() {
        return "progress.phase." + name();
    }
}
