package be.dagpuzzel.roster.rules;

import java.util.Set;

import be.dagpuzzel.core.TimeRange;

/**
 * What the planning rules need to know of one roster slot: its task, hours, required skills and,
 * for bus runs, which run it belongs to (driver and companion of one run share the run key).
 */
public record SlotInfo(long slotId, long taskTypeId, TaskRole role, String label, TimeRange hours,
                       Set<Long> requiredSkillIds, boolean heavy, String runKey) {

    public SlotInfo {
        requiredSkillIds = Set.copyOf(requiredSkillIds);
        runKey = runKey == null ? "" : runKey;
    }

    public int minutes() {
        return (int) hours.duration().toMinutes();
    }

    public boolean isDriver() {
        return role == TaskRole.DRIVER;
    }

    public boolean isCompanion() {
        return role == TaskRole.BUS_COMPANION;
    }
}
