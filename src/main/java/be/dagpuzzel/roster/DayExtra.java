package be.dagpuzzel.roster;

import be.dagpuzzel.core.TimeRange;

/** Someone not scheduled that day who comes in anyway, with their hours. */
public record DayExtra(long staffId, TimeRange hours) {
}
