package be.dagpuzzel.transport;

/**
 * What a participant needs on the bus. A wheelchair that stays occupied takes a wheelchair place
 * and needs a lift or ramp; with a transfer the person takes a seat and the chair travels folded.
 */
public enum MobilityAid {
    NONE, WALKER, WHEELCHAIR_STAYS, WHEELCHAIR_TRANSFER;

    public boolean takesWheelchairPlace() {
        return this == WHEELCHAIR_STAYS;
    }

    /** The key of its name in the message bundles. */
    public String messageKey() {
        return "mobility." + name();
    }
}
