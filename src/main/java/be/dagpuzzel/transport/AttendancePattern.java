package be.dagpuzzel.transport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/** The weekdays a participant comes, from {@code validFrom} until their next pattern starts. */
public record AttendancePattern(long id, long participantId, LocalDate validFrom, Set<DayOfWeek> days) {

    public AttendancePattern {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    public boolean includes(DayOfWeek day) {
        return days.contains(day);
    }

    /** Bit 0 = Monday .. bit 6 = Sunday, as stored. */
    public static int toBits(Set<DayOfWeek> days) {
        int bits = 0;
        for (DayOfWeek d : days) {
            bits |= 1 << (d.getValue() - 1);
        }
        return bits;
    }

    public static Set<DayOfWeek> fromBits(int bits) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            if ((bits & (1 << (d.getValue() - 1))) != 0) {
                days.add(d);
            }
        }
        return days;
    }
}
