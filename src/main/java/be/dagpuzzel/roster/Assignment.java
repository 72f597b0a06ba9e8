package be.dagpuzzel.roster;

/** Who fills place {@code position} of a slot; {@code byHand} when the nurse chose it (auto-plan keeps those). */
public record Assignment(long slotId, int position, long staffId, boolean byHand) {
}
