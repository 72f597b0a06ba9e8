package be.dagpuzzel.roster.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.staff.Preference;

/** One test per planning rule, each asserting what the rule does and does not flag. */
class RosterConstraintsTest {

    private static final long DRIVING = 1;
    private static final long COMPANION = 2;
    private static final long KITCHEN = 3;
    private static final long CARE = 4;
    private static final long LICENCE = 10;
    private static final long LIFT_BUS = 11;

    private final ConstraintVerifier<RosterConstraints, RosterPlan> verifier =
            ConstraintVerifier.build(new RosterConstraints(), RosterPlan.class, Seat.class);

    private static SlotInfo run1Driver() {
        return new SlotInfo(1, DRIVING, TaskRole.DRIVER, "Ronde 1 ochtend", TimeRange.of("07:30", "09:30"),
                Set.of(LICENCE, LIFT_BUS), false, "Ronde 1 ochtend@07:30");
    }

    private static SlotInfo run1Companion() {
        return new SlotInfo(2, COMPANION, TaskRole.BUS_COMPANION, "Ronde 1 ochtend", TimeRange.of("07:30", "09:30"),
                Set.of(), false, "Ronde 1 ochtend@07:30");
    }

    private static SlotInfo kitchen() {
        return new SlotInfo(3, KITCHEN, TaskRole.OTHER, "Keuken", TimeRange.of("09:30", "14:00"), Set.of(), true, "");
    }

    private static SlotInfo care(String from, String to) {
        return new SlotInfo(4, CARE, TaskRole.OTHER, "Verzorging", TimeRange.of(from, to), Set.of(), true, "");
    }

    /** A worker here from 07:00 to 17:00 holding licence B and lift-bus training. */
    private static WorkerBuilder worker(long id, String name) {
        return new WorkerBuilder(id, name);
    }

    private static final class WorkerBuilder {
        private final long id;
        private final String name;
        private Optional<TimeRange> hours = Optional.of(TimeRange.of("07:00", "17:00"));
        private Set<Long> skills = Set.of(LICENCE, LIFT_BUS);
        private Set<Long> expired = Set.of();
        private final Map<Long, Preference> preferences = new HashMap<>();
        private final Map<Long, OnboardingStage> stages = new HashMap<>();
        private final Map<Long, Integer> load = new HashMap<>();
        private final Map<Long, Integer> streak = new HashMap<>();

        WorkerBuilder(long id, String name) {
            this.id = id;
            this.name = name;
        }

        WorkerBuilder absent() {
            hours = Optional.empty();
            return this;
        }

        WorkerBuilder hours(String from, String to) {
            hours = Optional.of(TimeRange.of(from, to));
            return this;
        }

        WorkerBuilder skills(Long... held) {
            skills = Set.of(held);
            return this;
        }

        WorkerBuilder expired(Long... gone) {
            expired = Set.of(gone);
            return this;
        }

        WorkerBuilder prefers(long task, Preference p) {
            preferences.put(task, p);
            return this;
        }

        WorkerBuilder stage(long task, OnboardingStage s) {
            stages.put(task, s);
            return this;
        }

        WorkerBuilder recent(long task, int times) {
            load.put(task, times);
            return this;
        }

        WorkerBuilder inARow(long task, int days) {
            streak.put(task, days);
            return this;
        }

        Worker build() {
            int minutes = hours.map(h -> (int) h.duration().toMinutes()).orElse(0);
            return new Worker(id, name, hours, minutes, skills, expired, preferences, stages, load, streak);
        }
    }

    private static Seat seat(SlotInfo slot, Worker worker) {
        return new Seat(slot, 0, worker, false);
    }

    @Test
    void someoneWhoIsNotHereCannotFillASeat() {
        Worker sick = worker(1, "Sofie").absent().build();
        Worker here = worker(2, "Marc").build();
        verifier.verifyThat(RosterConstraints::notPresent).given(seat(kitchen(), sick)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::notPresent).given(seat(kitchen(), here)).hasNoImpact();
    }

    @Test
    void aSlotOutsideSomeonesHoursIsFlagged() {
        Worker mornings = worker(1, "Ilse").hours("08:30", "13:00").build();
        verifier.verifyThat(RosterConstraints::outsideHours).given(seat(kitchen(), mornings)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::outsideHours).given(seat(care("09:30", "12:00"), mornings)).hasNoImpact();
    }

    @Test
    void oneWorkerInTwoSlotsAtTheSameTimeIsFlaggedButADriverMayHelpInTheKitchenAfterwards() {
        Worker marc = worker(1, "Marc").build();
        verifier.verifyThat(RosterConstraints::overlappingSlots)
                .given(seat(run1Driver(), marc), seat(care("09:00", "12:00"), marc)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::overlappingSlots)
                .given(seat(run1Driver(), marc), seat(kitchen(), marc)).hasNoImpact();
    }

    @Test
    void aDriverWithoutLiftBusTrainingMissesARequiredSkill() {
        Worker joris = worker(1, "Joris").skills(LICENCE).build();
        verifier.verifyThat(RosterConstraints::missingSkill).given(seat(run1Driver(), joris)).penalizesBy(1);
        Worker nobodySkills = worker(2, "Kevin").skills().build();
        verifier.verifyThat(RosterConstraints::missingSkill).given(seat(run1Driver(), nobodySkills)).penalizesBy(2);
        verifier.verifyThat(RosterConstraints::missingSkill).given(seat(run1Driver(), worker(3, "Marc").build()))
                .hasNoImpact();
    }

    @Test
    void anExpiredCertificateIsFlaggedAsExpiredNotAsMissing() {
        Worker joris = worker(1, "Joris").skills(LICENCE).expired(LIFT_BUS).build();
        verifier.verifyThat(RosterConstraints::expiredSkill).given(seat(run1Driver(), joris)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::missingSkill).given(seat(run1Driver(), joris)).hasNoImpact();
    }

    @Test
    void aWorkerWhoStillRidesAlongMayOnlyBeCompanion() {
        Worker hassan = worker(1, "Hassan").stage(DRIVING, OnboardingStage.OBSERVES).build();
        verifier.verifyThat(RosterConstraints::learnerMayNotDrive).given(seat(run1Driver(), hassan)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::learnerMayNotDrive).given(seat(run1Companion(), hassan)).hasNoImpact();
    }

    @Test
    void traineeDriverNeedsAnExperiencedCompanionOnTheSameRun() {
        Worker hassan = worker(1, "Hassan").stage(DRIVING, OnboardingStage.ASSISTED).build();
        Worker tom = worker(2, "Tom").build();
        Worker lotte = worker(3, "Lotte").stage(DRIVING, OnboardingStage.OBSERVES).build();
        verifier.verifyThat(RosterConstraints::learnerDriverNeedsCompanion)
                .given(seat(run1Driver(), hassan)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::learnerDriverNeedsCompanion)
                .given(seat(run1Driver(), hassan), seat(run1Companion(), lotte)).penalizesBy(1);
        verifier.verifyThat(RosterConstraints::learnerDriverNeedsCompanion)
                .given(seat(run1Driver(), hassan), seat(run1Companion(), tom)).hasNoImpact();
    }

    @Test
    void moreSlotHoursThanSomeoneIsHereForIsFlagged() {
        Worker ilse = worker(1, "Ilse").hours("07:00", "13:30").build();
        SlotInfo lateKitchen = new SlotInfo(5, KITCHEN, TaskRole.OTHER, "Afwas", TimeRange.of("09:30", "13:30"),
                Set.of(), false, "");
        verifier.verifyThat(RosterConstraints::tooManyHours)
                .given(seat(run1Driver(), ilse), seat(lateKitchen, ilse), seat(care("10:00", "11:00"), ilse))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::tooManyHours)
                .given(seat(run1Driver(), ilse), seat(lateKitchen, ilse)).hasNoImpact();
    }

    @Test
    void anEmptySeatCostsMoreThanAnyPreference() {
        verifier.verifyThat(RosterConstraints::unfilledSeat)
                .given(new Seat(kitchen(), 0, null, false), new Seat(kitchen(), 1, worker(1, "Ahmed").build(), false))
                .penalizesBy(1);
    }

    @Test
    void aRatherNotTaskIsASoftWarning() {
        Worker marc = worker(1, "Marc").prefers(KITCHEN, Preference.RATHER_NOT).build();
        verifier.verifyThat(RosterConstraints::ratherNot).given(seat(kitchen(), marc))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::ratherNot).given(seat(run1Driver(), marc)).hasNoImpact();
    }

    @Test
    void theSameHeavyTaskAThirdDayInARowIsFlagged() {
        Worker fatma = worker(1, "Fatma").inARow(CARE, 2).build();
        Worker sofie = worker(2, "Sofie").inARow(CARE, 1).build();
        verifier.verifyThat(RosterConstraints::heavyDaysInARow).given(seat(care("09:30", "12:00"), fatma))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::heavyDaysInARow).given(seat(care("09:30", "12:00"), sofie)).hasNoImpact();
        Worker driver = worker(3, "Marc").inARow(DRIVING, 5).build();
        verifier.verifyThat(RosterConstraints::heavyDaysInARow).given(seat(run1Driver(), driver)).hasNoImpact();
    }

    @Test
    void heavyTasksWeighMoreForWhoeverDidThemMostLately() {
        Worker nathalie = worker(1, "Nathalie").recent(KITCHEN, 12).build();
        Worker ahmed = worker(2, "Ahmed").recent(KITCHEN, 8).build();
        verifier.verifyThat(RosterConstraints::unfairSpread).given(seat(kitchen(), nathalie)).penalizesBy(4);
        verifier.verifyThat(RosterConstraints::unfairSpread).given(seat(kitchen(), ahmed)).hasNoImpact();
    }

    @Test
    void aTaskSomeoneShouldPractiseGivenToSomeoneElseIsFlagged() {
        Worker lotte = worker(1, "Lotte").stage(CARE, OnboardingStage.ASSISTED).build();
        Worker sofie = worker(2, "Sofie").build();
        Seat careSeat = seat(care("09:30", "12:00"), sofie);
        verifier.verifyThat(RosterConstraints::practiceGivenAway).given(lotte, sofie, careSeat)
                .penalizesBy(1);
        Seat lotteToo = new Seat(care("09:30", "12:00"), 1, lotte, false);
        verifier.verifyThat(RosterConstraints::practiceGivenAway).given(lotte, sofie, careSeat, lotteToo).hasNoImpact();
        Worker absentLearner = worker(3, "Hassan").absent().stage(CARE, OnboardingStage.ASSISTED).build();
        verifier.verifyThat(RosterConstraints::practiceGivenAway).given(absentLearner, sofie, careSeat).hasNoImpact();
        Worker learnerWithoutLiftBus = worker(4, "Joris").skills(LICENCE).stage(DRIVING, OnboardingStage.ASSISTED).build();
        verifier.verifyThat(RosterConstraints::practiceGivenAway)
                .given(learnerWithoutLiftBus, sofie, seat(run1Driver(), sofie)).hasNoImpact();
    }

    @Test
    void someoneWhoOnlyRidesAlongIsNotMissingADrivingLesson() {
        Worker hassan = worker(1, "Hassan").stage(DRIVING, OnboardingStage.OBSERVES).build();
        Worker marc = worker(2, "Marc").build();
        verifier.verifyThat(RosterConstraints::practiceGivenAway).given(hassan, marc, seat(run1Driver(), marc))
                .hasNoImpact();
    }

    @Test
    void anotherDriverThanUsualOnARunIsASoftWarning() {
        Worker marc = worker(1, "Marc").build();
        Worker patrick = worker(2, "Patrick").build();
        UsualDriver usual = new UsualDriver("Ronde 1 ochtend@07:30", 1, "Marc");
        verifier.verifyThat(RosterConstraints::notTheUsualDriver).given(marc, patrick, usual, seat(run1Driver(), patrick))
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraints::notTheUsualDriver).given(marc, patrick, usual, seat(run1Driver(), marc))
                .hasNoImpact();
        Worker marcAway = worker(1, "Marc").absent().build();
        verifier.verifyThat(RosterConstraints::notTheUsualDriver)
                .given(marcAway, patrick, usual, seat(run1Driver(), patrick)).hasNoImpact();
    }

    @Test
    void aLikedTaskIsRewarded() {
        Worker nathalie = worker(1, "Nathalie").prefers(KITCHEN, Preference.LIKES).build();
        verifier.verifyThat(RosterConstraints::likesTheTask).given(seat(kitchen(), nathalie))
                .rewardsWith(1);
    }
}
