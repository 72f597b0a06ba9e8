package be.dagpuzzel.roster.view;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import be.dagpuzzel.roster.DayBoard;
import be.dagpuzzel.roster.RosterSlot;
import be.dagpuzzel.roster.rules.RuleMatch;
import be.dagpuzzel.roster.rules.Seat;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.StaffDay;
import be.dagpuzzel.ui.Messages;

/** Turns what a rule found into a plain sentence in the user's language. */
final class WarningTexts {

    private final Messages messages;
    private final DayBoard board;
    private final Map<String, Seat> seats;

    WarningTexts(Messages messages, DayBoard board, List<Seat> seats) {
        this.messages = messages;
        this.board = board;
        this.seats = seats.stream().collect(Collectors.toMap(Seat::getId, s -> s));
    }

    /**
     * The sentence for a match found while trying {@code workerId} on a place (the seat in the
     * plan is still empty then, so the person comes from the match, not from the seat).
     */
    String textFor(RuleMatch match, long workerId) {
        if (match.workerIds().isEmpty()) {
            return text(new RuleMatch(match.rule(), match.seatIds(), java.util.List.of(workerId), match.details()));
        }
        return text(match);
    }

    String text(RuleMatch match) {
        Seat seat = match.seatIds().isEmpty() ? null : seats.get(match.seatIds().getFirst());
        String who = match.workerIds().isEmpty() ? "" : name(match.workerIds().getFirst());
        String slot = seat == null ? "" : slotName(seat);
        List<Object> d = match.details();
        Object[] args = switch (match.rule()) {
            case NOT_PRESENT -> new Object[] {who, reason(match.workerIds().getFirst())};
            case OUTSIDE_HOURS -> new Object[] {who, d.getFirst(), seat.getSlot().hours(), slot};
            case OVERLAPPING_SLOTS -> new Object[] {who, fullSlotName(match.seatIds().get(0)),
                fullSlotName(match.seatIds().get(1))};
            case MISSING_SKILL, EXPIRED_SKILL -> new Object[] {who, skills(d.getFirst()), slot};
            case LEARNER_MAY_NOT_DRIVE, LEARNER_DRIVER_NEEDS_COMPANION, RATHER_NOT, LIKES_THE_TASK -> new Object[] {who, slot};
            case TOO_MANY_HOURS -> new Object[] {who, hours(d.get(0)), hours(d.get(1))};
            case UNFILLED_SEAT -> new Object[] {slot, seat.getSlot().hours()};
            case HEAVY_DAYS_IN_A_ROW, UNFAIR_SPREAD -> new Object[] {who, task(seat), d.getFirst()};
            case PRACTICE_GIVEN_AWAY -> new Object[] {d.getFirst(), task(seat), who};
            case NOT_THE_USUAL_DRIVER -> new Object[] {d.getFirst(), slot, who};
        };
        return messages.format(match.rule().messageKey(), args);
    }

    private String name(long staffId) {
        return board.person(staffId).map(p -> p.member().fullName()).orElse("?");
    }

    private String reason(long staffId) {
        return board.person(staffId).map(WarningTexts::absenceKey).map(messages::get).orElse("");
    }

    private static String absenceKey(StaffDay day) {
        return day.wholeDayAbsence().map(a -> a.kind().messageKey()).orElse("roster.notScheduled");
    }

    /** "Ronde 1 ochtend (Driver)": a label alone can stand for a driver's and a companion's slot. */
    private String fullSlotName(String seatId) {
        Seat seat = seats.get(seatId);
        return seat == null ? "?" : seat.getSlot().label().isBlank() ? task(seat) : seat.getSlot().label() + " (" + task(seat) + ")";
    }

    private String slotName(Seat seat) {
        return seat.getSlot().label().isBlank() ? task(seat) : seat.getSlot().label();
    }

    private String task(Seat seat) {
        return board.taskType(seat.taskTypeId()).map(t -> t.displayName(messages.codes("taskType."))).orElse("?");
    }

    private String skills(Object ids) {
        @SuppressWarnings("unchecked")
        List<Long> skillIds = (List<Long>) ids;
        return skillIds.stream().map(id -> board.skillList().stream().filter(s -> s.id() == id).findFirst()
                .map(s -> s.displayName(messages.codes("skill."))).orElse("?")).collect(Collectors.joining(", "));
    }

    private static String hours(Object minutes) {
        int m = ((Number) minutes).intValue();
        return String.format("%d:%02d", m / 60, m % 60);
    }

    static String taskName(TaskType type, Messages messages) {
        return type.displayName(messages.codes("taskType."));
    }

    static String slotLabel(RosterSlot slot, TaskType type, Messages messages) {
        return slot.label().isBlank() ? taskName(type, messages) : slot.label();
    }
}
