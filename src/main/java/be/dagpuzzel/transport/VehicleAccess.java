package be.dagpuzzel.transport;

/** How a wheelchair gets into a vehicle: not at all, by a lift, or by a ramp. */
public enum VehicleAccess {
    NONE, LIFT, RAMP;

    public boolean takesWheelchairs() {
        return this != NONE;
    }

    public String messageKey() {
        return "vehicleAccess." + name();
    }
}
