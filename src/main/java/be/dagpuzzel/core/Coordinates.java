package be.dagpuzzel.core;

/** A point on the map in WGS84 degrees. */
public record Coordinates(double latitude, double longitude) {

    public Coordinates {
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
            throw new IllegalArgumentException("coordinates out of range: " + latitude + ", " + longitude);
        }
    }
}
