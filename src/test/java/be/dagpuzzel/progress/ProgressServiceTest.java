package be.dagpuzzel.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.review.PlaceActual;
import be.dagpuzzel.roster.Assignment;
import be.dagpuzzel.roster.DayBoard;
import be.dagpuzzel.roster.PlanBuilder;
import be.dagpuzzel.roster.RosterSlot;
import be.dagpuzzel.roster.rules.OnboardingStage;
import be.dagpuzzel.roster.rules.Rule;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.testing.TestStore;

/** The progress service on a store of its own, on Friday 27 November 2026. */
class ProgressServiceTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    private AppServices services;
    private ProgressService progress;
    private long driving;
    private List<LadderStep> drivingSteps;

    @BeforeEach
    void open() {
        services = TestStore.open(dir);
        progress = new ProgressService(services.store(), new ProgressRepository(), services.staff(),
                services.catalogue(), Clock.fixed(FRIDAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault()));
        driving = services.catalogue().taskTypeWithCode(TaskType.DRIVER).orElseThrow().id();
        drivingSteps = progress.ladders().get(driving);
    }

    @AfterEach
    void close() {
        services.store().close();
    }

    private StaffMember person(String first, Programme programme, LocalDate start) {
        return services.staff().create(StaffProfile.newcomer(first, "Test", programme, start));
    }

    @Test
    void drivingHasTheSeededThreeStepLadderWithAWeekAsAGuide() {
        assertEquals(List.of(OnboardingStage.OBSERVES, OnboardingStage.ASSISTED, OnboardingStage.INDEPENDENT),
                drivingSteps.stream().map(LadderStep::stage).toList());
        assertEquals(List.of(Optional.of(7), Optional.of(7), Optional.<Integer>empty()),
                drivingSteps.stream().map(LadderStep::guideDays).toList());
        assertEquals(Optional.of("DRIVER_RIDES_ALONG"), drivingSteps.get(0).code());
    }

    @Test
    void anLdeTrajectoryEndsAfterFiveYearsAndWarnsInItsLastThreeMonths() {
        StaffMember marc = person("Marc", Programme.LDE, LocalDate.of(2022, 1, 10));
        ProgressPage page = progress.page(marc.id());
        assertEquals(Optional.of(LocalDate.of(2027, 1, 9)), page.clock().end());
        assertEquals(TrajectoryClock.Alert.MONTHS_3, page.clock().alert());
        assertEquals(Optional.of(1L), page.clock().monthsLeft());
        assertTrue(page.due().stream().anyMatch(d -> d.kind() == Due.Kind.TRAJECTORY_END),
                "the end is listed as due");

        progress.saveTrajectory(new Trajectory(marc.id(), LocalDate.of(2022, 1, 10), Optional.empty(), true,
                "Logistiek medewerker", "", Trajectory.USUAL_GUIDANCE_HOURS, Optional.empty()));
        page = progress.page(marc.id());
        assertEquals(Optional.of(LocalDate.of(2028, 1, 9)), page.clock().end(), "exceptionally six years");
        assertEquals(TrajectoryClock.Alert.NONE, page.clock().alert());
        assertEquals("Logistiek medewerker", page.trajectory().targetJob());
    }

    @Test
    void theClockWarnsTwelveSixAndThreeMonthsBeforeTheEndAndOnceEnded() {
        LocalDate end = LocalDate.of(2027, 12, 31);
        LocalDate start = LocalDate.of(2025, 1, 1);
        assertEquals(TrajectoryClock.Alert.NONE, TrajectoryClock.of(start, Optional.of(end), LocalDate.of(2026, 12, 30)).alert());
        assertEquals(TrajectoryClock.Alert.MONTHS_12, TrajectoryClock.of(start, Optional.of(end), LocalDate.of(2026, 12, 31)).alert());
        assertEquals(TrajectoryClock.Alert.MONTHS_6, TrajectoryClock.of(start, Optional.of(end), LocalDate.of(2027, 7, 1)).alert());
        assertEquals(TrajectoryClock.Alert.MONTHS_3, TrajectoryClock.of(start, Optional.of(end), LocalDate.of(2027, 10, 1)).alert());
        assertEquals(TrajectoryClock.Alert.ENDED, TrajectoryClock.of(start, Optional.of(end), LocalDate.of(2028, 1, 1)).alert());
        assertEquals(TrajectoryClock.Alert.NO_END, TrajectoryClock.of(start, Optional.empty(), LocalDate.of(2028, 1, 1)).alert());
        TrajectoryClock half = TrajectoryClock.of(LocalDate.of(2026, 1, 1), Optional.of(LocalDate.of(2026, 12, 31)),
                LocalDate.of(2026, 7, 2));
        assertEquals(0.5, half.usedFraction().orElseThrow(), 0.01);
    }

    @Test
    void anArticle60TrajectoryEndsWithItsContractOrADecidedDate() {
        StaffMember kevin = services.staff().create(new StaffProfile("Kevin", "Test", "", Programme.ARTICLE_60, "",
                LocalDate.of(2026, 3, 1), Optional.of(LocalDate.of(2027, 2, 28)), Optional.empty(), Optional.empty(),
                be.dagpuzzel.staff.DutchLevel.FLUENT, "", ""));
        assertEquals(Optional.of(LocalDate.of(2027, 2, 28)), progress.page(kevin.id()).clock().end());
        assertEquals(TrajectoryClock.Alert.MONTHS_6, progress.page(kevin.id()).clock().alert(),
                "three months before the end is tomorrow");
        progress.saveTrajectory(new Trajectory(kevin.id(), LocalDate.of(2026, 3, 1), Optional.of(LocalDate.of(2027, 8, 31)),
                false, "", "", Trajectory.USUAL_GUIDANCE_HOURS, Optional.empty()));
        assertEquals(Optional.of(LocalDate.of(2027, 8, 31)), progress.page(kevin.id()).clock().end());
    }

    @Test
    void aMeetingIsDueByTheProgrammesRuleUntilOneIsPlannedAndLateWhenThePlannedDayPassed() {
        StaffMember fatma = person("Fatma", Programme.LDE, LocalDate.of(2025, 1, 6));
        progress.saveMeeting(new Meeting(0, fatma.id(), MeetingKind.FUNCTIONING, LocalDate.of(2026, 5, 4),
                Optional.of(LocalDate.of(2026, 5, 4)), "Gaat goed.", "Vaker koken."));
        Due due = progress.page(fatma.id()).due().stream().filter(d -> d.kind() == Due.Kind.MEETING).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 4), due.date(), "six months after the last one held");
        assertTrue(due.overdue());

        Meeting planned = progress.saveMeeting(new Meeting(0, fatma.id(), MeetingKind.EVALUATION, LocalDate.of(2026, 12, 3),
                Optional.empty(), "", ""));
        assertTrue(progress.page(fatma.id()).due().stream().noneMatch(d -> d.kind() == Due.Kind.MEETING),
                "a planned meeting answers the rule");

        progress.saveMeeting(new Meeting(planned.id(), fatma.id(), MeetingKind.EVALUATION, LocalDate.of(2026, 11, 20),
                Optional.empty(), "", ""));
        Due late = progress.overview().stream().filter(d -> d.kind() == Due.Kind.MEETING).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2026, 11, 20), late.date());
        assertTrue(late.overdue(), "planned and not held");
        assertEquals("Fatma Test", late.staffName());
    }

    @Test
    void signingOffALadderStepChangesWhatTheRosterRulesAllowFromThatDay() {
        StaffMember hassan = person("Hassan", Programme.INDIVIDUAL_MAATWERK, LocalDate.of(2026, 11, 9));
        LocalDate monday = LocalDate.of(2026, 11, 16);
        progress.signOff(hassan.id(), drivingSteps.get(0).id(), LocalDate.of(2026, 11, 9), "Gerda", "");
        assertEquals(OnboardingStage.OBSERVES, services.roster().stages(monday).get(hassan.id()).get(driving));

        progress.signOff(hassan.id(), drivingSteps.get(1).id(), LocalDate.of(2026, 11, 16), "Gerda", "");
        assertEquals(OnboardingStage.OBSERVES, services.roster().stages(monday.minusDays(1)).get(hassan.id()).get(driving),
                "the day before he still rode along");
        assertEquals(OnboardingStage.ASSISTED, services.roster().stages(monday).get(hassan.id()).get(driving));

        ProgressPage page = progress.page(hassan.id());
        LadderStanding standing = page.ladder(driving).orElseThrow();
        assertEquals(drivingSteps.get(1).id(), standing.current().orElseThrow().id());
        assertEquals(LocalDate.of(2026, 11, 23), standing.nextDueOn().orElseThrow());
        Due signOff = page.due().stream().filter(d -> d.kind() == Due.Kind.SIGN_OFF).findFirst().orElseThrow();
        assertEquals(drivingSteps.get(2), signOff.what().getFirst(), "drives alone is due");

        StepSignoff alone = progress.signOff(hassan.id(), drivingSteps.get(2).id(), FRIDAY, "Gerda", "");
        assertFalse(services.roster().stages(FRIDAY).getOrDefault(hassan.id(), Map.of()).containsKey(driving),
                "drives alone: no longer a learner");
        assertTrue(progress.page(hassan.id()).due().stream().noneMatch(d -> d.kind() == Due.Kind.SIGN_OFF));

        progress.removeSignoff(alone.id());
        assertEquals(OnboardingStage.ASSISTED, services.roster().stages(FRIDAY).get(hassan.id()).get(driving),
                "taking a sign-off back");
    }

    @Test
    void aLearnerWhoRidesAlongIsWarnedAboutOnTheDriversSeat() {
        StaffMember hassan = person("Hassan", Programme.INDIVIDUAL_MAATWERK, LocalDate.of(2026, 11, 9));
        services.staff().setSkill(hassan.id(), new be.dagpuzzel.staff.StaffSkill(
                services.catalogue().skills().stream().filter(s -> s.code().filter("DRIVING_LICENCE_B"::equals).isPresent())
                        .findFirst().orElseThrow().id(), Optional.empty()));
        LocalDate day = LocalDate.of(2026, 11, 25);
        services.roster().open(day);
        RosterSlot driverSlot = services.roster().addSlot(day, driving, "Ronde 1", new TimeRange(LocalTime.of(7, 30),
                LocalTime.of(9, 30)), 1);
        services.roster().setAssignments(day, List.of(new Assignment(driverSlot.id(), 0, hassan.id(), true)));
        RosterRules rules = RosterRules.firstFitOnly();
        assertTrue(rules.check(PlanBuilder.build(services.roster().open(day))).stream()
                .noneMatch(f -> f.rule() == Rule.LEARNER_MAY_NOT_DRIVE));

        progress.signOff(hassan.id(), drivingSteps.get(0).id(), LocalDate.of(2026, 11, 9), "", "");
        assertTrue(rules.check(PlanBuilder.build(services.roster().open(day))).stream()
                .anyMatch(f -> f.rule() == Rule.LEARNER_MAY_NOT_DRIVE), "rides along: may not drive");
    }

    @Test
    void aSignOffInTheFutureOrBeforeALowerStepIsRefusedAndChangesNothing() {
        StaffMember hassan = person("Hassan", Programme.INDIVIDUAL_MAATWERK, LocalDate.of(2026, 11, 9));
        ValidationException future = assertThrows(ValidationException.class,
                () -> progress.signOff(hassan.id(), drivingSteps.get(0).id(), FRIDAY.plusDays(1), "", ""));
        assertEquals("progress.date.future", future.errors().getFirst().messageKey());
        progress.signOff(hassan.id(), drivingSteps.get(0).id(), LocalDate.of(2026, 11, 16), "", "");
        ValidationException early = assertThrows(ValidationException.class,
                () -> progress.signOff(hassan.id(), drivingSteps.get(1).id(), LocalDate.of(2026, 11, 13), "", ""));
        assertEquals("progress.ladder.beforeLowerStep", early.errors().getFirst().messageKey());
        assertThrows(ValidationException.class,
                () -> progress.signOff(hassan.id(), drivingSteps.get(0).id(), LocalDate.of(2026, 11, 17), "", ""),
                "the same step twice");
        assertEquals(1, progress.page(hassan.id()).ladder(driving).orElseThrow().signoffs().size());
    }

    @Test
    void anOpenDevelopmentGoalOnATaskMakesTheRulesWantThemToPractiseItWhileItIsOpen() {
        StaffMember ahmed = person("Ahmed", Programme.INDIVIDUAL_MAATWERK, LocalDate.of(2025, 6, 2));
        long kitchen = services.catalogue().taskTypeWithCode(TaskType.KITCHEN).orElseThrow().id();
        PopGoal goal = progress.saveGoal(new PopGoal(0, ahmed.id(), "Zelfstandig soep maken", Optional.of(kitchen),
                Optional.empty(), LocalDate.of(2026, 10, 1), Optional.of(LocalDate.of(2026, 11, 1)), GoalStatus.OPEN,
                Optional.empty()));
        assertEquals(OnboardingStage.PRACTISES, services.roster().stages(FRIDAY).get(ahmed.id()).get(kitchen));
        assertFalse(services.roster().stages(LocalDate.of(2026, 9, 30)).containsKey(ahmed.id()), "not before it was set");
        assertTrue(progress.page(ahmed.id()).due().stream().anyMatch(d -> d.kind() == Due.Kind.GOAL_PAST_DATE));

        PopGoal reached = progress.setGoalStatus(goal, GoalStatus.ACHIEVED);
        assertEquals(Optional.of(FRIDAY), reached.closedOn());
        assertFalse(services.roster().stages(FRIDAY).containsKey(ahmed.id()), "reached today: no longer practising");
        assertEquals(OnboardingStage.PRACTISES, services.roster().stages(LocalDate.of(2026, 11, 26)).get(ahmed.id()).get(kitchen),
                "it was open the day before");
        assertTrue(progress.page(ahmed.id()).due().stream().noneMatch(d -> d.kind() == Due.Kind.GOAL_PAST_DATE));
    }

    @Test
    void practiceHoursComeFromTheRostersWithTheReviewsActuals() {
        StaffMember lotte = person("Lotte", Programme.INDIVIDUAL_MAATWERK, LocalDate.of(2026, 1, 5));
        StaffMember other = person("Ann", Programme.REGULAR, LocalDate.of(2020, 1, 1));
        long care = services.catalogue().taskTypeWithCode(TaskType.CARE).orElseThrow().id();
        LocalDate day1 = LocalDate.of(2026, 10, 14);
        LocalDate day2 = LocalDate.of(2026, 11, 18);
        LocalDate day3 = LocalDate.of(2026, 11, 19);
        RosterSlot s1 = careSlot(day1, care);
        RosterSlot s2 = careSlot(day2, care);
        RosterSlot s3 = careSlot(day3, care);
        services.roster().setAssignments(day1, List.of(new Assignment(s1.id(), 0, lotte.id(), true)));
        services.roster().setAssignments(day2, List.of(new Assignment(s2.id(), 0, lotte.id(), true)));
        services.roster().setAssignments(day3, List.of(new Assignment(s3.id(), 0, other.id(), true)));
        int m1 = minutes(s1);
        int m2 = minutes(s2);
        int m3 = minutes(s3);
        // day 2 she started an hour late; day 3 she took Ann's place
        services.review().saveActual(new PlaceActual(day2, s2.id(), 0, Optional.empty(),
                Optional.of(s2.hours().start().plusHours(1)), Optional.empty(), ""));
        services.review().saveActual(new PlaceActual(day3, s3.id(), 0, Optional.of(lotte.id()), Optional.empty(),
                Optional.empty(), ""));

        TaskHours hours = progress.page(lotte.id()).hours();
        assertEquals(m1, hours.minutesPerMonth().get(YearMonth.of(2026, 10)).get(care));
        assertEquals(m2 - 60 + m3, hours.minutesPerMonth().get(YearMonth.of(2026, 11)).get(care));
        assertEquals(m1 + m2 - 60 + m3, hours.total().get(care));
        assertFalse(progress.page(other.id()).hours().total().containsKey(care), "Ann did not do her place");
    }

    private RosterSlot careSlot(LocalDate day, long care) {
        DayBoard board = services.roster().open(day);
        return board.slots().stream().filter(s -> s.taskTypeId() == care).findFirst()
                .orElseGet(() -> services.roster().addSlot(day, care, "Zorg", new TimeRange(LocalTime.of(9, 0),
                        LocalTime.of(12, 0)), 1));
    }

    private static int minutes(RosterSlot slot) {
        return (int) slot.hours().duration().toMinutes();
    }

    @Test
    void badInputIsRefusedWithTheFieldAndNothingIsStored() {
        StaffMember tom = person("Tom", Programme.LDE, LocalDate.of(2023, 2, 1));
        long competence = progress.competences().getFirst().id();
        assertEquals("level", assertThrows(ValidationException.class,
                () -> progress.rate(tom.id(), competence, FRIDAY, 5, "", "")).errors().getFirst().field());
        assertEquals("target", assertThrows(ValidationException.class, () -> progress.saveGoal(new PopGoal(0, tom.id(),
                "Rijbewijs C", Optional.empty(), Optional.empty(), FRIDAY, Optional.of(FRIDAY.minusDays(1)),
                GoalStatus.OPEN, Optional.empty()))).errors().getFirst().field());
        assertEquals("hours", assertThrows(ValidationException.class, () -> progress.addGuidance(new GuidanceSession(0,
                tom.id(), FRIDAY, new BigDecimal("25"), ""))).errors().getFirst().field());
        assertEquals("end", assertThrows(ValidationException.class, () -> progress.addTraining(new Training(0, tom.id(),
                "EHBO", FRIDAY, FRIDAY.minusDays(2), BigDecimal.ONE, ""))).errors().getFirst().field());
        assertEquals("text", assertThrows(ValidationException.class, () -> progress.addNote(new CoachingNote(0, tom.id(),
                FRIDAY, "  ", true, ""))).errors().getFirst().field());
        // the database's limits are said at their field, also where no form checked them first
        String long101 = "x".repeat(101);
        assertEquals("writtenBy", assertThrows(ValidationException.class, () -> progress.addNote(new CoachingNote(0,
                tom.id(), FRIDAY, "Goed gesprek", true, long101))).errors().getFirst().field());
        assertEquals("provider", assertThrows(ValidationException.class, () -> progress.addTraining(new Training(0,
                tom.id(), "EHBO", FRIDAY, FRIDAY, BigDecimal.ONE, "x".repeat(201)))).errors().getFirst().field());
        assertEquals("text", assertThrows(ValidationException.class, () -> progress.addGuidance(new GuidanceSession(0,
                tom.id(), FRIDAY, BigDecimal.ONE, "x".repeat(1001)))).errors().getFirst().field());
        assertEquals("signedBy", assertThrows(ValidationException.class, () -> progress.signOff(tom.id(),
                drivingSteps.getFirst().id(), FRIDAY, long101, "")).errors().getFirst().field());
        assertTrue(progress.page(tom.id()).ladders().stream().allMatch(l -> l.signoffs().isEmpty()));
        ProgressPage page = progress.page(tom.id());
        assertTrue(page.ratings().isEmpty() && page.goals().isEmpty() && page.guidance().isEmpty()
                && page.trainings().isEmpty() && page.notes().isEmpty());
    }

    @Test
    void competenceLevelsOverTimeAndReviewFeedbackLinkedAsEvidence() {
        StaffMember tom = person("Tom", Programme.LDE, LocalDate.of(2023, 2, 1));
        Competence contact = progress.competences().stream().filter(c -> c.code().filter("PARTICIPANT_CONTACT"::equals)
                .isPresent()).findFirst().orElseThrow();
        progress.rate(tom.id(), contact.id(), LocalDate.of(2026, 5, 4), 2, "", "Gerda");
        progress.rate(tom.id(), contact.id(), LocalDate.of(2026, 11, 20), 3, "Rustiger", "Gerda");
        var observation = services.review().saveObservation(new be.dagpuzzel.review.Observation(0, LocalDate.of(2026, 11, 19),
                tom.id(), Optional.empty(), "", be.dagpuzzel.review.Rating.WELL, "Stelde mevrouw gerust"));
        progress.link(tom.id(), observation.id(), contact.id(), true);
        ProgressPage page = progress.page(tom.id());
        assertEquals(3, page.latest(contact.id()).orElseThrow().level());
        assertEquals(2, page.ratings().size());
        assertEquals(java.util.Set.of(contact.id()), page.evidence().getFirst().competenceIds());
        progress.link(tom.id(), observation.id(), contact.id(), false);
        assertTrue(progress.page(tom.id()).evidence().getFirst().competenceIds().isEmpty());
    }

    @Test
    void theOverviewFollowsSocialEconomyWorkersAndLearnersButNotArchivedPeople() {
        StaffMember marc = person("Marc", Programme.LDE, LocalDate.of(2024, 1, 8));
        StaffMember nurse = person("Els", Programme.REGULAR, LocalDate.of(2015, 1, 8));
        StaffMember gone = person("Piet", Programme.LDE, LocalDate.of(2021, 1, 8));
        services.staff().archive(gone.id());
        assertEquals(List.of(marc.id()), progress.followed().stream().map(StaffMember::id).toList());
        progress.signOff(nurse.id(), drivingSteps.get(0).id(), LocalDate.of(2026, 11, 20), "", "");
        assertEquals(List.of(nurse.id(), marc.id()).stream().sorted().toList(),
                progress.followed().stream().map(StaffMember::id).sorted().toList(), "a regular nurse learning to drive");
    }

    @Test
    void theTimelineHasTheStartSignOffsMeetingsAndTheEndInOrder() {
        StaffMember marc = person("Marc", Programme.LDE, LocalDate.of(2024, 1, 8));
        progress.signOff(marc.id(), drivingSteps.get(0).id(), LocalDate.of(2024, 2, 1), "", "");
        progress.saveMeeting(new Meeting(0, marc.id(), MeetingKind.EVALUATION, LocalDate.of(2024, 7, 1),
                Optional.of(LocalDate.of(2024, 7, 2)), "", ""));
        progress.savePhase(new TransitionPhase(marc.id(), Phase.PREPARATION, LocalDate.of(2026, 9, 1), Optional.empty(), ""));
        assertEquals(List.of(TimelineEvent.Kind.START, TimelineEvent.Kind.SIGN_OFF, TimelineEvent.Kind.MEETING,
                        TimelineEvent.Kind.PHASE, TimelineEvent.Kind.END),
                progress.page(marc.id()).timeline().stream().map(TimelineEvent::kind).toList());
    }
}
