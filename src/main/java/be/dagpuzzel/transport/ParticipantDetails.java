package be.dagpuzzel.transport;

import java.time.LocalDate;
import java.util.Optional;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.Coordinates;

/** A participant as entered in the form; checked by {@link ParticipantService#validate}. */
public record ParticipantDetails(String firstName, String lastName, Address address,
                                 Optional<Coordinates> coordinates, String phone, String contactName,
                                 String contactPhone, LocalDate startDate, LocalDate endDate, MobilityAid aid,
                                 int loadMinutes, boolean doorToDoor, String driverNote, Long usualRouteId,
                                 Integer usualStopOrder, String notes) {

    public ParticipantDetails {
        firstName = strip(firstName);
        lastName = strip(lastName);
        address = address == null ? Address.EMPTY : address;
        coordinates = coordinates == null ? Optional.empty() : coordinates;
        phone = strip(phone);
        contactName = strip(contactName);
        contactPhone = strip(contactPhone);
        aid = aid == null ? MobilityAid.NONE : aid;
        driverNote = strip(driverNote);
        notes = notes == null ? "" : notes.strip();
    }

    private static String strip(String s) {
        return s == null ? "" : s.strip();
    }
}
