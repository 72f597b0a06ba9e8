package be.dagpuzzel.roster.rules;

/**
 * How far someone is in learning a task. For driving: rides along as bus companion, drives with
 * a companion, drives alone. Someone without a recorded stage is taken as independent.
 */
public enum OnboardingStage {
    /** Watches and helps: for driving, rides along as bus companion only. */
    OBSERVES,
    /** Does the task with an experienced colleague beside them. */
    ASSISTED,
    /** Does the task alone. */
    INDEPENDENT;

    public boolean isLearning() {
        return this != INDEPENDENT;
    }
}
