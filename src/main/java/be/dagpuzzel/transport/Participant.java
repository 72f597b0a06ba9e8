package be.dagpuzzel.transport;

import java.time.LocalDate;
import java.util.Optional;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.Coordinates;

/**
 * Someone who comes to the centre. {@code notes} are free notes that never go on a route sheet;
 * {@code driverNote} ("key safe", "ring and wait") does.
 */
public record Participant(long id, String firstName, String lastName, Address address,
                          Optional<Coordinates> coordinates, String phone, String contactName, String contactPhone,
                          LocalDate startDate, Optional<LocalDate> endDate, MobilityAid aid, int loadMinutes,
                          boolean doorToDoor, String driverNote, Optional<Long> usualRouteId,
                          Optional<Integer> usualStopOrder, String notes, boolean archived) {

    public Participant {
        address = address == null ? Address.EMPTY : address;
        coordinates = coordinates == null ? Optional.empty() : coordinates;
        endDate = endDate == null ? Optional.empty() : endDate;
        usualRouteId = usualRouteId == null ? Optional.empty() : usualRouteId;
        usualStopOrder = usualStopOrder == null ? Optional.empty() : usualStopOrder;
        aid = aid == null ? MobilityAid.NONE : aid;
        phone = phone == null ? "" : phone;
        contactName = contactName == null ? "" : contactName;
        contactPhone = contactPhone == null ? "" : contactPhone;
        driverNote = driverNote == null ? "" : driverNote;
        notes = notes == null ? "" : notes;
    }

    public String fullName() {
        return (firstName + " " + lastName).strip();
    }

    /** Enrolled on {@code date}: started, not ended, not archived. */
    public boolean enrolledOn(LocalDate date) {
        return !archived && !date.isBefore(startDate) && endDate.map(end -> !date.isAfter(end)).orElse(true);
    }

    public ParticipantDetails details() {
        return new ParticipantDetails(firstName, lastName, address, coordinates, phone, contactName, contactPhone,
                startDate, endDate.orElse(null), aid, loadMinutes, doorToDoor, driverNote, usualRouteId.orElse(null),
                usualStopOrder.orElse(null), notes);
    }
}
