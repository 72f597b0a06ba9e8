package be.dagpuzzel.transport;

import java.util.Optional;

import be.dagpuzzel.core.Coordinates;

/** Estimated travel between two places: straight-line distance times a road factor at an average speed. */
public final class Travel {

    private static final double EARTH_RADIUS_KM = 6371.0;

    private final TransportSettings settings;

    public Travel(TransportSettings settings) {
        this.settings = settings;
    }

    /** Great-circle distance in kilometres. */
    public static double kilometres(Coordinates a, Coordinates b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** Minutes from {@code a} to {@code b}; the setting's fixed minutes when either place is unknown. */
    public double minutes(Optional<Coordinates> a, Optional<Coordinates> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return settings.unknownLegMinutes();
        }
        return kilometres(a.get(), b.get()) * settings.roadFactor() / settings.averageSpeedKmh() * 60.0;
    }

    public TransportSettings settings() {
        return settings;
    }
}
