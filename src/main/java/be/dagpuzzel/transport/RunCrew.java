package be.dagpuzzel.transport;

import java.util.Optional;

import be.dagpuzzel.roster.RosterSlot;

/**
 * The roster places of a run: the driver and companion slots whose label starts with the route's
 * name (morning places start before noon), and who fills them. Empty slots mean the day's roster
 * has no such place yet.
 */
public record RunCrew(Optional<RosterSlot> driverSlot, Optional<RosterSlot> companionSlot, Optional<Long> driverId,
                      Optional<Long> companionId) {

    public static final RunCrew NONE = new RunCrew(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());
}
