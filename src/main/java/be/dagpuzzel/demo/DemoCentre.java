package be.dagpuzzel.demo;

import java.time.LocalDate;
import java.util.Optional;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.Coordinates;
import be.dagpuzzel.settings.Centre;
import be.dagpuzzel.settings.CentreDetails;
import be.dagpuzzel.settings.CentreService;

/**
 * Fills an empty store with a fictional but realistic centre, so a new user sees a working app
 * at once. Names and addresses are invented (Lindegem is not a real municipality). Each feature
 * adds its own part here through its service.
 */
public final class DemoCentre {

    public static final String NAME = "Dagverzorgingscentrum De Linde";
    public static final Address ADDRESS = new Address("Berkendries", "12", "9299", "Lindegem");
    public static final Coordinates LOCATION = new Coordinates(51.0234, 3.8121);

    private final CentreService centres;

    public DemoCentre(CentreService centres) {
        this.centres = centres;
    }

    /** Creates the demo centre as it would stand on {@code today}. */
    public Centre fill(LocalDate today) {
        return centres.create(new CentreDetails(NAME, ADDRESS, Optional.of(LOCATION)));
    }
}
