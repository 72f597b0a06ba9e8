package be.dagpuzzel.participants.view;

import be.dagpuzzel.transport.MobilityAid;

/**
 * One line of the participant list. {@code runRank} orders the usual runs as the routes are
 * ordered (own transport last), {@code stopOrder} the stops within a run (0 when unknown).
 */
public record ParticipantRow(long id, String name, String sortName, String municipality, String weekdays,
                             MobilityAid aid, String aidText, String run, int runRank, int stopOrder,
                             boolean archived, String searchText) {
}
