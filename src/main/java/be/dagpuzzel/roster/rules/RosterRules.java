package be.dagpuzzel.roster.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/**
 * The planning rules at work: {@link #check} lists what the rules say about a plan as it stands
 * (the live warnings), {@link #autoPlan} fills the open seats with the same rules, keeping pinned
 * seats as they are.
 */
public final class RosterRules {

    /** One finding of a rule about the plan, with its weight in the score. */
    public record Finding(RuleMatch match, HardSoftScore impact) {
        public Rule rule() {
            return match.rule();
        }
    }

    private final SolverConfig config;
    private volatile SolverFactory<RosterPlan> solverFactory;
    private volatile SolutionManager<RosterPlan, HardSoftScore> solutionManager;

    /** Rules with auto-plan given at most {@code timeLimit}, stopping earlier when it stops improving. */
    public RosterRules(Duration timeLimit) {
        this(new SolverConfig()
                .withSolutionClass(RosterPlan.class)
                .withEntityClasses(Seat.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(timeLimit.dividedBy(4))));
    }

    /**
     * Rules whose auto-plan only builds a first plan, seat by seat, without improving it: a few
     * milliseconds a day, for filling demo history.
     */
    public static RosterRules firstFitOnly() {
        return new RosterRules(new SolverConfig()
                .withSolutionClass(RosterPlan.class)
                .withEntityClasses(Seat.class)
                .withConstraintProviderClass(RosterConstraints.class)
                .withPhases(new ConstructionHeuristicPhaseConfig()));
    }

    /** Cheap: the constraints are compiled on first use (about a second), on whichever thread uses them first. */
    private RosterRules(SolverConfig config) {
        this.config = config;
    }

    /** Whether the rules are compiled: then a check costs milliseconds instead of about a second. */
    public boolean isReady() {
        return solutionManager != null;
    }

    /** Compiles the rules now, e.g. on a background thread at start-up, so the first check is quick. */
    public RosterRules warmUp() {
        manager();
        return this;
    }

    private SolutionManager<RosterPlan, HardSoftScore> manager() {
        SolutionManager<RosterPlan, HardSoftScore> m = solutionManager;
        if (m == null) {
            synchronized (this) {
                if (solutionManager == null) {
                    solverFactory = SolverFactory.create(config);
                    solutionManager = SolutionManager.create(solverFactory);
                }
                m = solutionManager;
            }
        }
        return m;
    }

    private SolverFactory<RosterPlan> factory() {
        manager();
        return solverFactory;
    }

    /** The score of a plan as it stands. */
    public HardSoftScore score(RosterPlan plan) {
        return manager().update(plan);
    }

    /** Everything the rules flag in the plan, hard problems first. Rewards (liked tasks) are left out. */
    public List<Finding> check(RosterPlan plan) {
        ScoreAnalysis<HardSoftScore> analysis = manager().analyze(plan);
        List<Finding> findings = new ArrayList<>();
        for (ConstraintAnalysis<HardSoftScore> constraint : analysis.constraintAnalyses()) {
            if (constraint.matches() == null) {
                continue;
            }
            for (MatchAnalysis<HardSoftScore> match : constraint.matches()) {
                if (match.justification() instanceof RuleMatch rule && isPenalty(match.score())) {
                    findings.add(new Finding(rule, match.score()));
                }
            }
        }
        findings.sort(Comparator.comparing((Finding f) -> !f.rule().isHard())
                .thenComparing(f -> f.rule().ordinal()));
        return findings;
    }

    /** What putting one worker on a place would change: the score difference and what the rules would say. */
    public record Recommendation(Worker worker, HardSoftScore difference, List<RuleMatch> problems) {
        public boolean hasHardProblem() {
            return problems.stream().anyMatch(m -> m.rule().isHard());
        }
    }

    /**
     * Everyone ranked for the place {@code seatId}, best first, each with the problems it would
     * bring: the "why X here, why not Y" of the board. The plan itself is not changed.
     */
    public List<Recommendation> recommend(RosterPlan plan, String seatId) {
        RosterPlan trial = plan.copy();
        Seat seat = trial.getSeats().stream().filter(s -> s.getId().equals(seatId)).findFirst().orElseThrow();
        seat.setWorker(null);
        seat.setPinned(false);
        List<Recommendation> result = new ArrayList<>();
        for (var recommended : manager().recommendAssignment(trial, seat, Seat::getWorker)) {
            List<RuleMatch> problems = new ArrayList<>();
            for (ConstraintAnalysis<HardSoftScore> constraint : recommended.scoreAnalysisDiff().constraintAnalyses()) {
                if (constraint.matches() == null) {
                    continue;
                }
                for (MatchAnalysis<HardSoftScore> match : constraint.matches()) {
                    if (match.justification() instanceof RuleMatch rule && isPenalty(match.score())
                            && rule.rule() != Rule.UNFILLED_SEAT) {
                        problems.add(rule);
                    }
                }
            }
            problems.sort(Comparator.comparing((RuleMatch m) -> !m.rule().isHard()).thenComparing(m -> m.rule().ordinal()));
            result.add(new Recommendation(recommended.proposition(), recommended.scoreAnalysisDiff().score(), problems));
        }
        return result;
    }

    private static boolean isPenalty(HardSoftScore score) {
        return score.hardScore() < 0 || score.softScore() < 0;
    }

    /**
     * Fills the unpinned empty seats of {@code plan} (which it leaves untouched) and returns the
     * best plan found. Seats already filled but not pinned may change too; pin what must stay.
     * {@code cancelled} is polled; {@code progress} hears each better plan's score.
     */
    public RosterPlan autoPlan(RosterPlan plan, BooleanSupplier cancelled, Consumer<HardSoftScore> progress) {
        Solver<RosterPlan> solver = factory().buildSolver();
        solver.addEventListener(event -> progress.accept((HardSoftScore) event.getNewBestScore()));
        Thread watch = Thread.ofPlatform().daemon().name("dagpuzzel-autoplan-cancel").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                if (cancelled.getAsBoolean()) {
                    solver.terminateEarly();
                    return;
                }
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        try {
            return solver.solve(plan.copy());
        } finally {
            watch.interrupt();
        }
    }
}
