package be.dagpuzzel.roster.rules;

/** The part a task type plays for the rules: driving and riding along are special, the rest is other work. */
public enum TaskRole {
    DRIVER, BUS_COMPANION, OTHER
}
