package be.dagpuzzel.roster.rules;

/**
 * How far someone is in learning a task. For driving: rides along as bus companion, drives with
 * a companion, drives alone. Someone without a signed-off step is taken as independent.
 */
public enum OnboardingStage {
    /** Watches and helps: for driving, rides along as bus companion only. */
    OBSERVES,
    /** Does the task with an experienced colleague beside them. */
    ASSISTED,
    /** Does the task alone. */
    INDEPENDENT,
    /** Does the task alone, and their development plan (POP) says they should practise it. */
    PRACTISES;

    /** On a step before doing it alone. */
    public boolean isLearning() {
        return this == OBSERVES || this == ASSISTED;
    }

    /** Learning it, or practising it for their development plan: the rules want them on it. */
    public boolean wantsPractice() {
        return this != INDEPENDENT;
    }
}
