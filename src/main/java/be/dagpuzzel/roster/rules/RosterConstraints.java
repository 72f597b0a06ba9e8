package be.dagpuzzel.roster.rules;

import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import java.util.List;

import ai.timefold.solver.core.api.score.buildin.hardsoft.HardSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

import be.dagpuzzel.staff.Preference;

/**
 * The one set of planning rules. The morning board's warnings come from analysing the current
 * plan with these constraints, and auto-plan optimises the very same ones.
 */
public final class RosterConstraints implements ConstraintProvider {

    static final int UNFILLED_WEIGHT = 20;
    static final int RATHER_NOT_WEIGHT = 4;
    static final int PRACTICE_WEIGHT = 3;
    static final int STREAK_WEIGHT = 3;
    static final int STREAK_LIMIT = 3;
    static final int LIKES_WEIGHT = 1;
    /** Times in four weeks a heavy task counts as a normal share (twice a week). */
    static final int FAIR_SHARE = 8;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
            notPresent(factory),
            outsideHours(factory),
            overlappingSlots(factory),
            missingSkill(factory),
            expiredSkill(factory),
            learnerMayNotDrive(factory),
            learnerDriverNeedsCompanion(factory),
            tooManyHours(factory),
            unfilledSeat(factory),
            ratherNot(factory),
            heavyDaysInARow(factory),
            unfairSpread(factory),
            practiceGivenAway(factory),
            notTheUsualDriver(factory),
            likesTheTask(factory),
        };
    }

    Constraint notPresent(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> !seat.getWorker().isPresent())
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((seat, score) -> RuleMatch.of(Rule.NOT_PRESENT, seat))
                .asConstraint(Rule.NOT_PRESENT.name());
    }

    Constraint outsideHours(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getWorker().isPresent() && !seat.getWorker().covers(seat.getSlot().hours()))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((seat, score) -> RuleMatch.of(Rule.OUTSIDE_HOURS, seat,
                        seat.getWorker().hours().orElseThrow().toString()))
                .asConstraint(Rule.OUTSIDE_HOURS.name());
    }

    Constraint overlappingSlots(ConstraintFactory factory) {
        return factory.forEachUniquePair(Seat.class,
                        equal(Seat::getWorker),
                        overlapping(seat -> seat.getSlot().hours().start(), seat -> seat.getSlot().hours().end()))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((a, b, score) -> new RuleMatch(Rule.OVERLAPPING_SLOTS, List.of(a.getId(), b.getId()),
                        List.of(a.getWorker().id()), List.of(a.getSlot().label(), b.getSlot().label())))
                .asConstraint(Rule.OVERLAPPING_SLOTS.name());
    }

    Constraint missingSkill(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> missing(seat, false) > 0)
                .penalize(HardSoftScore.ONE_HARD, seat -> missing(seat, false))
                .justifyWith((seat, score) -> RuleMatch.of(Rule.MISSING_SKILL, seat, missingSkills(seat, false)))
                .asConstraint(Rule.MISSING_SKILL.name());
    }

    Constraint expiredSkill(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> missing(seat, true) > 0)
                .penalize(HardSoftScore.ONE_HARD, seat -> missing(seat, true))
                .justifyWith((seat, score) -> RuleMatch.of(Rule.EXPIRED_SKILL, seat, missingSkills(seat, true)))
                .asConstraint(Rule.EXPIRED_SKILL.name());
    }

    /** Required skills the worker lacks: held but expired ({@code expired}), or not held at all. */
    private static int missing(Seat seat, boolean expired) {
        return missingSkills(seat, expired).size();
    }

    private static List<Long> missingSkills(Seat seat, boolean expired) {
        Worker w = seat.getWorker();
        return seat.getSlot().requiredSkillIds().stream()
                .filter(skill -> !w.validSkillIds().contains(skill))
                .filter(skill -> w.expiredSkillIds().contains(skill) == expired)
                .sorted().toList();
    }

    Constraint learnerMayNotDrive(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getSlot().isDriver()
                        && seat.getWorker().stageFor(seat.taskTypeId()) == OnboardingStage.OBSERVES)
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((seat, score) -> RuleMatch.of(Rule.LEARNER_MAY_NOT_DRIVE, seat))
                .asConstraint(Rule.LEARNER_MAY_NOT_DRIVE.name());
    }

    /** A driver at "drives with a companion" needs a companion on the same run who is no learner driver. */
    Constraint learnerDriverNeedsCompanion(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getSlot().isDriver() && !seat.getSlot().runKey().isEmpty()
                        && seat.getWorker().stageFor(seat.taskTypeId()) == OnboardingStage.ASSISTED)
                .ifNotExists(Seat.class,
                        equal(seat -> seat.getSlot().runKey(), companion -> companion.getSlot().runKey()),
                        filtering((driver, companion) -> companion.getSlot().isCompanion()
                                && companion.getWorker() != null
                                && !companion.getWorker().equals(driver.getWorker())
                                && !companion.getWorker().stageFor(driver.taskTypeId()).isLearning()))
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((seat, score) -> RuleMatch.of(Rule.LEARNER_DRIVER_NEEDS_COMPANION, seat))
                .asConstraint(Rule.LEARNER_DRIVER_NEEDS_COMPANION.name());
    }

    Constraint tooManyHours(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getWorker().isPresent())
                .groupBy(Seat::getWorker, ConstraintCollectors.sum(seat -> seat.getSlot().minutes()))
                .filter((worker, minutes) -> minutes > worker.availableMinutes())
                .penalize(HardSoftScore.ONE_HARD)
                .justifyWith((worker, minutes, score) -> new RuleMatch(Rule.TOO_MANY_HOURS, List.of(),
                        List.of(worker.id()), List.of(minutes, worker.availableMinutes())))
                .asConstraint(Rule.TOO_MANY_HOURS.name());
    }

    Constraint unfilledSeat(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Seat.class)
                .filter(seat -> seat.getWorker() == null)
                .penalize(HardSoftScore.ofSoft(UNFILLED_WEIGHT))
                .justifyWith((seat, score) -> RuleMatch.of(Rule.UNFILLED_SEAT, seat))
                .asConstraint(Rule.UNFILLED_SEAT.name());
    }

    Constraint ratherNot(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getWorker().preferenceFor(seat.taskTypeId()) == Preference.RATHER_NOT)
                .penalize(HardSoftScore.ofSoft(RATHER_NOT_WEIGHT))
                .justifyWith((seat, score) -> RuleMatch.of(Rule.RATHER_NOT, seat))
                .asConstraint(Rule.RATHER_NOT.name());
    }

    Constraint heavyDaysInARow(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getSlot().heavy()
                        && seat.getWorker().daysInARow(seat.taskTypeId()) >= STREAK_LIMIT - 1)
                .penalize(HardSoftScore.ofSoft(STREAK_WEIGHT))
                .justifyWith((seat, score) -> RuleMatch.of(Rule.HEAVY_DAYS_IN_A_ROW, seat,
                        seat.getWorker().daysInARow(seat.taskTypeId()) + 1))
                .asConstraint(Rule.HEAVY_DAYS_IN_A_ROW.name());
    }

    /**
     * Heavy tasks cost more for whoever did them more than twice a week in the last four weeks:
     * spreads them fairly without flagging an ordinary week.
     */
    Constraint unfairSpread(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getSlot().heavy()
                        && seat.getWorker().recentLoad(seat.taskTypeId()) > FAIR_SHARE)
                .penalize(HardSoftScore.ONE_SOFT, seat -> seat.getWorker().recentLoad(seat.taskTypeId()) - FAIR_SHARE)
                .justifyWith((seat, score) -> RuleMatch.of(Rule.UNFAIR_SPREAD, seat,
                        seat.getWorker().recentLoad(seat.taskTypeId())))
                .asConstraint(Rule.UNFAIR_SPREAD.name());
    }

    /**
     * Someone who should practise a task is here and not on it, while a seat of that task went to
     * someone who has no need to practise it.
     */
    Constraint practiceGivenAway(ConstraintFactory factory) {
        return factory.forEach(Worker.class)
                .filter(Worker::isPresent)
                .join(Seat.class,
                        filtering((learner, seat) -> learner.shouldPractise(seat.taskTypeId())
                                && learner.covers(seat.getSlot().hours())
                                && learner.validSkillIds().containsAll(seat.getSlot().requiredSkillIds())
                                && !seat.getWorker().equals(learner)
                                && !seat.getWorker().shouldPractise(seat.taskTypeId())
                                && !(seat.getSlot().isDriver()
                                    && learner.stageFor(seat.taskTypeId()) == OnboardingStage.OBSERVES)))
                .ifNotExists(Seat.class,
                        filtering((learner, seat, own) -> learner.equals(own.getWorker())
                                && own.taskTypeId() == seat.taskTypeId()))
                .penalize(HardSoftScore.ofSoft(PRACTICE_WEIGHT))
                .justifyWith((learner, seat, score) -> new RuleMatch(Rule.PRACTICE_GIVEN_AWAY, List.of(seat.getId()),
                        List.of(seat.getWorker().id(), learner.id()), List.of(learner.name())))
                .asConstraint(Rule.PRACTICE_GIVEN_AWAY.name());
    }

    Constraint notTheUsualDriver(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getSlot().isDriver() && !seat.getSlot().runKey().isEmpty())
                .join(UsualDriver.class, equal(seat -> seat.getSlot().runKey(), UsualDriver::runKey))
                .filter((seat, usual) -> usual.workerId() != seat.getWorker().id())
                .ifExists(Worker.class, equal((seat, usual) -> usual.workerId(), Worker::id),
                        filtering((seat, usual, worker) -> worker.isPresent()))
                .penalize(HardSoftScore.ONE_SOFT)
                .justifyWith((seat, usual, score) -> RuleMatch.of(Rule.NOT_THE_USUAL_DRIVER, seat, usual.workerName()))
                .asConstraint(Rule.NOT_THE_USUAL_DRIVER.name());
    }

    Constraint likesTheTask(ConstraintFactory factory) {
        return factory.forEach(Seat.class)
                .filter(seat -> seat.getWorker().preferenceFor(seat.taskTypeId()) == Preference.LIKES)
                .reward(HardSoftScore.ofSoft(LIKES_WEIGHT))
                .justifyWith((seat, score) -> RuleMatch.of(Rule.LIKES_THE_TASK, seat))
                .asConstraint(Rule.LIKES_THE_TASK.name());
    }
}
