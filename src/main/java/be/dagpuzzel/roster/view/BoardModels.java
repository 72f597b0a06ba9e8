package be.dagpuzzel.roster.view;

import java.util.List;

/** What the board shows, already in the user's words: built by the viewmodel, drawn by the view. */
public final class BoardModels {

    private BoardModels() {
    }

    /** A person in the "who is here" list. */
    public record PersonLine(long staffId, String name, String detail, boolean here, int places) {
    }

    /** One place of a slot: who fills it (if anyone), by hand or by auto-plan, and its warnings. */
    public record SeatLine(SeatRef ref, Long staffId, String name, boolean byHand, List<String> problems,
                           boolean hardProblem) {

        public boolean filled() {
            return staffId != null;
        }
    }

    /** A slot card: task, label, hours, colour and its places. */
    public record SlotCard(long slotId, String taskName, String colour, String label, String hours,
                           List<SeatLine> seats) {
    }

    /** Someone to put on a place, ranked by the rules, with the first problem it would bring (or none). */
    public record Candidate(long staffId, String name, boolean fits, boolean hardProblem, String reason) {
    }

    /** A line of the warnings list. */
    public record WarningLine(boolean hard, String text, List<String> seatIds) {
    }
}
