package be.dagpuzzel.roster.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.dagpuzzel.roster.Assignment;
import be.dagpuzzel.roster.DayBoard;
import be.dagpuzzel.roster.PlanBuilder;
import be.dagpuzzel.roster.RosterSlot;
import be.dagpuzzel.roster.rules.RosterPlan;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.roster.rules.Rule;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.StaffDay;
import be.dagpuzzel.ui.Messages;

/**
 * Checks a day with the planning rules and turns board and findings into what the screen shows.
 * Runs off the FX thread; the result is plain records.
 */
public final class BoardPresenter {

    /** Everything the board draws after a change. */
    public record Shown(DayBoard board, List<BoardModels.PersonLine> here, List<BoardModels.PersonLine> away,
                 List<BoardModels.SlotCard> slots, List<BoardModels.WarningLine> warnings, int hardCount,
                 int openSeats, boolean checked) {
    }

    private final RosterRules rules;
    private final Messages messages;

    public BoardPresenter(RosterRules rules, Messages messages) {
        this.rules = rules;
        this.messages = messages;
    }

    public Shown show(DayBoard board) {
        RosterPlan plan = PlanBuilder.build(board);
        List<RosterRules.Finding> findings = rules.check(plan);
        WarningTexts texts = new WarningTexts(messages, board, plan.getSeats());
        Map<String, List<String>> problems = new HashMap<>();
        Map<String, Boolean> hard = new HashMap<>();
        List<BoardModels.WarningLine> warnings = new ArrayList<>();
        int hardCount = 0;
        int open = 0;
        for (RosterRules.Finding f : findings) {
            String text = texts.text(f.match());
            boolean isHard = f.rule().isHard();
            hardCount += isHard ? 1 : 0;
            if (f.rule() == Rule.UNFILLED_SEAT) {
                open++;
                continue; // the place itself shows "open"; the summary counts them
            }
            warnings.add(new BoardModels.WarningLine(isHard, text, f.match().seatIds()));
            for (String seatId : f.match().seatIds()) {
                problems.computeIfAbsent(seatId, k -> new ArrayList<>()).add(text);
                hard.merge(seatId, isHard, Boolean::logicalOr);
            }
        }
        return new Shown(board, people(board, true), people(board, false), cards(board, problems, hard), warnings,
                hardCount, open, true);
    }

    /** Whether the rules are compiled, so that {@link #show} takes milliseconds, not a second. */
    public boolean rulesReady() {
        return rules.isReady();
    }

    /**
     * The day before the rules have had their say: the places and who fills them, who is here,
     * no warnings yet ({@code checked} is false). Needs no rules, so the board can show its day
     * while the rules are still being compiled at start-up.
     */
    public Shown unchecked(DayBoard board) {
        int open = 0;
        if (board.workingDay()) {
            for (RosterSlot slot : board.slots()) {
                for (int position = 0; position < slot.peopleNeeded(); position++) {
                    open += board.assignmentAt(slot.id(), position).isEmpty() ? 1 : 0;
                }
            }
        }
        return new Shown(board, people(board, true), people(board, false), cards(board, Map.of(), Map.of()), List.of(),
                0, open, false);
    }

    /** Everyone ranked for a place, best first, each with why it fits or not. */
    public List<BoardModels.Candidate> candidates(DayBoard board, SeatRef seat) {
        RosterPlan plan = PlanBuilder.build(board);
        WarningTexts texts = new WarningTexts(messages, board, plan.getSeats());
        List<BoardModels.Candidate> result = new ArrayList<>();
        Map<Long, Boolean> away = new HashMap<>();
        for (RosterRules.Recommendation r : rules.recommend(plan, seat.id())) {
            if (r.worker() == null) {
                continue;
            }
            String reason = r.problems().isEmpty() ? messages.get("roster.candidate.fits")
                    : texts.textFor(r.problems().getFirst(), r.worker().id());
            result.add(new BoardModels.Candidate(r.worker().id(), r.worker().name(), r.problems().isEmpty(),
                    r.hasHardProblem(), reason));
            away.put(r.worker().id(), !r.worker().isPresent());
        }
        // the rules' order, but among equally bad choices the people who are here come first
        result.sort(Comparator.comparing(BoardModels.Candidate::hardProblem)
                .thenComparing(c -> away.getOrDefault(c.staffId(), false)));
        return result;
    }

    private List<BoardModels.SlotCard> cards(DayBoard board, Map<String, List<String>> problems,
                                             Map<String, Boolean> hard) {
        List<BoardModels.SlotCard> cards = new ArrayList<>();
        for (RosterSlot slot : board.slots()) {
            Optional<TaskType> type = board.taskType(slot.taskTypeId());
            List<BoardModels.SeatLine> seats = new ArrayList<>();
            for (int position = 0; position < slot.peopleNeeded(); position++) {
                SeatRef ref = new SeatRef(slot.id(), position);
                Optional<Assignment> a = board.assignmentAt(slot.id(), position);
                String name = a.flatMap(x -> board.person(x.staffId())).map(p -> p.member().fullName()).orElse(null);
                seats.add(new BoardModels.SeatLine(ref, a.map(Assignment::staffId).orElse(null), name,
                        a.map(Assignment::byHand).orElse(false), problems.getOrDefault(ref.id(), List.of()),
                        hard.getOrDefault(ref.id(), false)));
            }
            cards.add(new BoardModels.SlotCard(slot.id(),
                    type.map(t -> WarningTexts.taskName(t, messages)).orElse("?"),
                    type.map(TaskType::colour).orElse("#888888"),
                    type.map(t -> WarningTexts.slotLabel(slot, t, messages)).orElse(slot.label()),
                    slot.hours().toString(), seats));
        }
        return cards;
    }

    private List<BoardModels.PersonLine> people(DayBoard board, boolean here) {
        List<BoardModels.PersonLine> lines = new ArrayList<>();
        if (!board.workingDay()) {
            return lines; // the centre is closed: nobody is expected
        }
        for (StaffDay day : board.staff()) {
            long id = day.member().id();
            boolean extra = board.extra(id).isPresent();
            boolean present = extra || day.isExpected();
            if (present != here) {
                continue;
            }
            int places = (int) board.assignments().stream().filter(a -> a.staffId() == id).count();
            String detail;
            if (extra) {
                detail = messages.format("roster.extra", board.extra(id).get().hours());
            } else if (present) {
                detail = day.scheduled().orElseThrow().toString()
                        + day.absences().stream().findFirst().flatMap(a -> a.partOfDay())
                        .map(p -> " · " + messages.format("roster.awayPart", p)).orElse("");
            } else if (day.wholeDayAbsence().isPresent()) {
                detail = messages.get(day.wholeDayAbsence().get().kind().messageKey());
            } else {
                continue; // not scheduled today and not away: not part of the day
            }
            lines.add(new BoardModels.PersonLine(id, day.member().fullName(), detail, present, places));
        }
        lines.sort(Comparator.comparing(BoardModels.PersonLine::name));
        return lines;
    }
}
