package be.dagpuzzel.staff;

/** How well someone speaks Dutch, which matters for contact with participants. */
public enum DutchLevel {
    BEGINNER, BASIC, GOOD, FLUENT;

    public String messageKey() {
        return "dutchLevel." + name();
    }
}
