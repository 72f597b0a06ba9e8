package be.dagpuzzel.roster.rules;

import java.util.Objects;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One place to fill in a slot (a slot for two people has two seats), and who fills it. A seat
 * the nurse filled by hand is pinned: auto-plan leaves it alone. The solver needs a mutable
 * class here; everything else in the rules is records.
 */
@PlanningEntity
public class Seat {

    @PlanningId
    private String id;
    private SlotInfo slot;
    private int position;
    @PlanningVariable(allowsUnassigned = true)
    private Worker worker;
    @PlanningPin
    private boolean pinned;

    /** For the solver. */
    public Seat() {
    }

    public Seat(SlotInfo slot, int position, Worker worker, boolean pinned) {
        this.id = slot.slotId() + "#" + position;
        this.slot = slot;
        this.position = position;
        this.worker = worker;
        this.pinned = pinned;
    }

    public String getId() {
        return id;
    }

    public SlotInfo getSlot() {
        return slot;
    }

    public int getPosition() {
        return position;
    }

    public Worker getWorker() {
        return worker;
    }

    public void setWorker(Worker worker) {
        this.worker = worker;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public boolean isFilled() {
        return worker != null;
    }

    public long taskTypeId() {
        return slot.taskTypeId();
    }

    /** Same seat, same state: for comparing plans. */
    public Seat copy() {
        return new Seat(slot, position, worker, pinned);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Seat other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return slot.label() + "#" + position + "=" + (worker == null ? "-" : worker.name());
    }
}
