package be.dagpuzzel.roster.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;

import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.staff.Preference;

class RosterRulesTest {

    private static final long DRIVING = 1;
    private static final long COMPANION = 2;
    private static final long KITCHEN = 3;
    private static final long CARE = 4;
    private static final long LICENCE = 10;

    private final RosterRules rules = new RosterRules(Duration.ofSeconds(2));

    private static Worker worker(long id, String name, boolean here, Set<Long> skills, Map<Long, Preference> prefs,
                                 Map<Long, OnboardingStage> stages) {
        Optional<TimeRange> hours = here ? Optional.of(TimeRange.of("07:00", "17:00")) : Optional.empty();
        return new Worker(id, name, hours, here ? 600 : 0, skills, Set.of(), prefs, stages, Map.of(), Map.of());
    }

    private static SlotInfo slot(long id, long task, TaskRole role, String label, String from, String to,
                                 Set<Long> skills, String run) {
        return new SlotInfo(id, task, role, label, TimeRange.of(from, to), skills, task == CARE || task == KITCHEN, run);
    }

    private static final SlotInfo DRIVE = slot(1, DRIVING, TaskRole.DRIVER, "Ronde 1", "07:30", "09:30", Set.of(LICENCE), "r1");
    private static final SlotInfo RIDE = slot(2, COMPANION, TaskRole.BUS_COMPANION, "Ronde 1", "07:30", "09:30", Set.of(), "r1");
    private static final SlotInfo COOK = slot(3, KITCHEN, TaskRole.OTHER, "Keuken", "09:30", "14:00", Set.of(), "");
    private static final SlotInfo BATH = slot(4, CARE, TaskRole.OTHER, "Verzorging", "09:30", "12:00", Set.of(), "");
    private static final SlotInfo DRIVE_BACK = slot(5, DRIVING, TaskRole.DRIVER, "Ronde 1 avond", "15:30", "17:00", Set.of(LICENCE), "r1e");
    private static final SlotInfo RIDE_BACK = slot(6, COMPANION, TaskRole.BUS_COMPANION, "Ronde 1 avond", "15:30", "17:00", Set.of(), "r1e");

    private static List<Worker> team() {
        return List.of(
                worker(1, "Marc", true, Set.of(LICENCE), Map.of(DRIVING, Preference.LIKES, KITCHEN, Preference.RATHER_NOT), Map.of()),
                worker(2, "Hassan", true, Set.of(LICENCE), Map.of(), Map.of(DRIVING, OnboardingStage.OBSERVES)),
                worker(3, "Nathalie", true, Set.of(), Map.of(KITCHEN, Preference.LIKES), Map.of()),
                worker(4, "Sofie", false, Set.of(), Map.of(CARE, Preference.LIKES), Map.of()),
                worker(5, "Fatma", true, Set.of(), Map.of(CARE, Preference.LIKES), Map.of()));
    }

    private static RosterPlan plan(List<Worker> workers, Seat... seats) {
        return new RosterPlan(workers, List.of(seats), List.of());
    }

    @Test
    void theWarningsOfAHandMadePlanComeHardFirstWithTheirReason() {
        List<Worker> team = team();
        RosterPlan plan = plan(team,
                new Seat(COOK, 0, team.get(0), true),   // Marc rather not kitchen
                new Seat(BATH, 0, team.get(3), true),   // Sofie is sick
                new Seat(DRIVE, 0, team.get(1), true),  // Hassan only rides along
                new Seat(RIDE, 0, null, false));
        List<RosterRules.Finding> findings = rules.check(plan);
        List<Rule> found = findings.stream().map(RosterRules.Finding::rule).toList();
        assertEquals(List.of(Rule.NOT_PRESENT, Rule.LEARNER_MAY_NOT_DRIVE, Rule.UNFILLED_SEAT, Rule.RATHER_NOT), found);
        assertEquals(List.of(4L), findings.getFirst().match().workerIds());
        assertEquals(List.of("4#0"), findings.getFirst().match().seatIds());
        assertTrue(findings.getFirst().impact().hardScore() < 0);
    }

    @Test
    void autoPlanFillsTheOpenSeatsWithoutHardProblemsAndKeepsWhatWasPinned() {
        List<Worker> team = team();
        Seat pinned = new Seat(COOK, 0, team.get(2), true);
        RosterPlan plan = plan(team, new Seat(DRIVE, 0, null, false), new Seat(RIDE, 0, null, false), pinned,
                new Seat(BATH, 0, null, false));
        RosterPlan solved = rules.autoPlan(plan, () -> false, score -> { });

        assertEquals(0, solved.getScore().hardScore(), solved.getSeats().toString());
        assertTrue(solved.getSeats().stream().allMatch(Seat::isFilled), solved.getSeats().toString());
        Seat kitchen = solved.getSeats().stream().filter(s -> s.getSlot() == COOK).findFirst().orElseThrow();
        assertEquals("Nathalie", kitchen.getWorker().name());
        Seat driver = solved.getSeats().stream().filter(s -> s.getSlot() == DRIVE).findFirst().orElseThrow();
        assertEquals("Marc", driver.getWorker().name(), "the only one who may drive");
        assertNull(plan.getSeats().getFirst().getWorker(), "the plan given is left as it was");
    }

    @Test
    void onSmallDaysAutoPlanReachesTheBestPossibleScore() {
        List<Worker> team = new ArrayList<>(team());
        team.removeIf(w -> !w.isPresent());
        List<Seat> seats = new ArrayList<>();
        for (SlotInfo slot : List.of(DRIVE, RIDE, COOK, BATH, DRIVE_BACK, RIDE_BACK)) {
            seats.add(new Seat(slot, 0, null, false));
        }
        RosterPlan plan = new RosterPlan(team, seats, List.of(new UsualDriver("r1e", 2, "Hassan")));
        HardSoftScore best = exhaustiveBest(plan, 0);
        RosterPlan solved = rules.autoPlan(plan, () -> false, score -> { });
        assertEquals(best, solved.getScore(), solved.getSeats().toString());
    }

    /** Tries every assignment (each seat: any worker or nobody) and returns the best score. */
    private HardSoftScore exhaustiveBest(RosterPlan plan, int index) {
        if (index == plan.getSeats().size()) {
            return rules.score(plan);
        }
        Seat seat = plan.getSeats().get(index);
        HardSoftScore best = null;
        List<Worker> options = new ArrayList<>(plan.getWorkers());
        options.add(null);
        for (Worker option : options) {
            seat.setWorker(option);
            HardSoftScore score = exhaustiveBest(plan, index + 1);
            if (best == null || score.compareTo(best) > 0) {
                best = score;
            }
        }
        seat.setWorker(null);
        return best;
    }

    @Test
    void aStopRequestEndsAutoPlanEarlyWithAUsablePlan() {
        List<Worker> team = team();
        RosterPlan plan = plan(team, new Seat(COOK, 0, null, false), new Seat(BATH, 0, null, false));
        long start = System.nanoTime();
        RosterPlan solved = new RosterRules(Duration.ofSeconds(30)).autoPlan(plan, () -> true, score -> { });
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "stopped long before the limit");
        assertFalse(solved.getSeats().isEmpty());
        assertSame(solved.getSeats().size(), 2);
    }
}
