package be.dagpuzzel.staff;

/** Why someone is not at work. */
public enum AbsenceKind {
    SICK, LEAVE, TRAINING, OTHER;

    public String messageKey() {
        return "absence." + name();
    }
}
