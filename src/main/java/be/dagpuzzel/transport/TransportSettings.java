package be.dagpuzzel.transport;

/**
 * How travel times are estimated: straight-line distance times {@code roadFactor} at
 * {@code averageSpeedKmh}; a leg to or from an address without coordinates counts
 * {@code unknownLegMinutes}. {@code maxRideMinutes} is the longest anyone should sit on the bus.
 */
public record TransportSettings(double roadFactor, double averageSpeedKmh, int maxRideMinutes, int unknownLegMinutes) {

    public static final TransportSettings DEFAULTS = new TransportSettings(1.3, 35, 60, 5);

    public TransportSettings {
        if (roadFactor < 1 || roadFactor > 3 || averageSpeedKmh < 5 || averageSpeedKmh > 120 || maxRideMinutes < 5
                || unknownLegMinutes < 0) {
            throw new IllegalArgumentException("transport settings out of range");
        }
    }
}
