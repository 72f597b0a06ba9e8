package be.dagpuzzel.transport;

import java.time.LocalTime;

/**
 * A stop with its planned time (the bus at the door) and how long the participant rides;
 * {@code estimated} when a leg to or from it had no coordinates.
 */
public record TimedStop(long participantId, LocalTime planned, int rideMinutes, boolean estimated) {
}
