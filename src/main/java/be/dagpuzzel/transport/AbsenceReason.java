package be.dagpuzzel.transport;

/** Why a participant does not come: the morning call's reason. */
public enum AbsenceReason {
    ILL, HOSPITAL, FAMILY, OTHER;

    public String messageKey() {
        return "absenceReason." + name();
    }
}
