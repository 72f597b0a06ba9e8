package be.dagpuzzel.roster.view;

/** A place on the board: slot and position. */
public record SeatRef(long slotId, int position) {

    public String id() {
        return slotId + "#" + position;
    }
}
