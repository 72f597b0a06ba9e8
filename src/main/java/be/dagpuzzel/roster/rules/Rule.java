package be.dagpuzzel.roster.rules;

/**
 * Every planning rule, hard (shown in red, never blocking) or soft (a preference). The constraint
 * names in {@link RosterConstraints} are these names, so a warning finds its sentence by rule.
 */
public enum Rule {
    NOT_PRESENT(true),
    OUTSIDE_HOURS(true),
    OVERLAPPING_SLOTS(true),
    MISSING_SKILL(true),
    EXPIRED_SKILL(true),
    LEARNER_MAY_NOT_DRIVE(true),
    LEARNER_DRIVER_NEEDS_COMPANION(true),
    TOO_MANY_HOURS(true),
    UNFILLED_SEAT(false),
    RATHER_NOT(false),
    HEAVY_DAYS_IN_A_ROW(false),
    UNFAIR_SPREAD(false),
    PRACTICE_GIVEN_AWAY(false),
    NOT_THE_USUAL_DRIVER(false),
    LIKES_THE_TASK(false);

    private final boolean hard;

    Rule(boolean hard) {
        this.hard = hard;
    }

    public boolean isHard() {
        return hard;
    }

    /** The key of the rule's sentence in the message bundles. */
    public String messageKey() {
        return "rule." + name();
    }
}
