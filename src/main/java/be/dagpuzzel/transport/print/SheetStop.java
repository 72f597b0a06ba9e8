package be.dagpuzzel.transport.print;

import java.time.LocalTime;

import be.dagpuzzel.transport.MobilityAid;

/** One stop of a run as the driver reads it: who, where, when, and what they need at the door. */
public record SheetStop(int number, LocalTime plannedTime, String name, String address, String phone,
        MobilityAid aid, int loadMinutes, boolean doorToDoor, String driverNote) {
}
