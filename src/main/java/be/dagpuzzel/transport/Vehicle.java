package be.dagpuzzel.transport;

/** A bus: seats for passengers (the companion takes one), wheelchair places, and a lift or ramp. */
public record Vehicle(long id, String name, String plate, int seats, int wheelchairPlaces, VehicleAccess access,
                      boolean inService) {

    public Vehicle {
        name = name == null ? "" : name.strip();
        plate = plate == null ? "" : plate.strip();
        access = access == null ? VehicleAccess.NONE : access;
    }
}
