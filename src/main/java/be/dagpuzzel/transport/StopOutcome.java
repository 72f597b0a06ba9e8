package be.dagpuzzel.transport;

/** What the driver ticked on the sheet: picked up (or brought home), or not there. */
public enum StopOutcome {
    DONE, NO_SHOW;

    public String messageKey() {
        return "stopOutcome." + name();
    }
}
