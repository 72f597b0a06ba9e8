package be.dagpuzzel.roster.rules;

import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;

/**
 * One day's roster as the rules see it: the workers of the day and the seats to fill. Both the
 * live warnings (analysing the plan as it stands) and auto-plan (the solver) work on this.
 */
@PlanningSolution
public class RosterPlan {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Worker> workers;
    @PlanningEntityCollectionProperty
    private List<Seat> seats;
    @ProblemFactCollectionProperty
    private List<UsualDriver> usualDrivers;
    @PlanningScore
    private HardSoftScore score;

    /** For the solver. */
    public RosterPlan() {
    }

    public RosterPlan(List<Worker> workers, List<Seat> seats, List<UsualDriver> usualDrivers) {
        this.workers = new ArrayList<>(workers);
        this.seats = new ArrayList<>(seats);
        this.usualDrivers = new ArrayList<>(usualDrivers);
    }

    public List<Worker> getWorkers() {
        return workers;
    }

    public List<Seat> getSeats() {
        return seats;
    }

    public List<UsualDriver> getUsualDrivers() {
        return usualDrivers;
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }

    /** A deep enough copy to try changes on without touching this plan. */
    public RosterPlan copy() {
        return new RosterPlan(workers, seats.stream().map(Seat::copy).toList(), usualDrivers);
    }
}
