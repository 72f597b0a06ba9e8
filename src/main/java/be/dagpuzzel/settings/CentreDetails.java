package be.dagpuzzel.settings;

import java.util.Optional;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.Coordinates;

/** What the user enters about the centre, before it is checked and stored. */
public record CentreDetails(String name, Address address, Optional<Coordinates> coordinates) {

    public CentreDetails {
        name = name == null ? "" : name.strip();
        address = address == null ? Address.EMPTY : address;
        coordinates = coordinates == null ? Optional.empty() : coordinates;
    }

    public static CentreDetails of(Centre centre) {
        return new CentreDetails(centre.name(), centre.address(), centre.coordinates());
    }
}
