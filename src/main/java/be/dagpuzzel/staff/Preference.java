package be.dagpuzzel.staff;

/** How much someone likes a task type. */
public enum Preference {
    LIKES, NEUTRAL, RATHER_NOT;

    public String messageKey() {
        return "preference." + name();
    }
}
