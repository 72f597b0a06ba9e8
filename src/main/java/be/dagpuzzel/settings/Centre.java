package be.dagpuzzel.settings;

import java.util.Optional;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.Coordinates;

/** The day-care centre this store belongs to. */
public record Centre(long id, String name, Address address, Optional<Coordinates> coordinates) {

    public Centre {
        address = address == null ? Address.EMPTY : address;
        coordinates = coordinates == null ? Optional.empty() : coordinates;
    }
}
