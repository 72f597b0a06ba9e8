package be.dagpuzzel.demo;

import java.time.LocalDate;
import java.util.Optional;

import be.dagpuzzel.progress.LadderStep;
import be.dagpuzzel.progress.ProgressService;

import be.dagpuzzel.roster.DayBoard;
import be.dagpuzzel.roster.PlanBuilder;
import be.dagpuzzel.roster.RosterService;
import be.dagpuzzel.roster.rules.OnboardingStage;
import be.dagpuzzel.roster.rules.RosterPlan;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.settings.DayTemplateService;
import be.dagpuzzel.settings.TaskCatalogue;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffService;

/**
 * The demo centre's last two weeks of rosters, planned with the centre's own rules (a first-fit
 * plan per day), and the onboarding of its new driver and its trainee.
 */
final class DemoRosters {

    private final RosterService roster;
    private final StaffService staff;
    private final TaskCatalogue catalogue;
    private final DayTemplateService templates;
    private final ProgressService progress;

    DemoRosters(RosterService roster, StaffService staff, TaskCatalogue catalogue, DayTemplateService templates,
                ProgressService progress) {
        this.progress = progress;
        this.roster = roster;
        this.staff = staff;
        this.catalogue = catalogue;
        this.templates = templates;
    }

    void fill(LocalDate today) {
        long driving = catalogue.taskTypeWithCode(TaskType.DRIVER).orElseThrow().id();
        long care = catalogue.taskTypeWithCode(TaskType.CARE).orElseThrow().id();
        long companion = catalogue.taskTypeWithCode(TaskType.BUS_COMPANION).orElseThrow().id();
        for (long task : new long[] {care, companion}) {
            if (!progress.ladders().containsKey(task)) {
                for (OnboardingStage stage : new OnboardingStage[] {OnboardingStage.OBSERVES, OnboardingStage.ASSISTED,
                        OnboardingStage.INDEPENDENT}) {
                    progress.addStep(task, "", stage, stage == OnboardingStage.INDEPENDENT ? Optional.empty() : Optional.of(14));
                }
            }
        }
        // the new driver rode along in his first week and drives with a companion in his second
        stage("Hassan", driving, OnboardingStage.OBSERVES, today.minusWeeks(2));
        stage("Hassan", driving, OnboardingStage.ASSISTED, today.minusWeeks(1));
        stage("Mieke", companion, OnboardingStage.OBSERVES, today.minusDays(5));

        RosterRules rules = RosterRules.firstFitOnly();
        var workingDays = templates.workingDays();
        LocalDate day = today.minusWeeks(2);
        while (day.isBefore(today)) {
            if (workingDays.isWorkingDay(day)) {
                DayBoard board = roster.open(day);
                RosterPlan plan = rules.autoPlan(PlanBuilder.build(board), () -> false, score -> { });
                roster.setAssignments(day, PlanBuilder.assignments(plan));
            }
            day = day.plusDays(1);
        }
    }

    /** Signs off the first step of the task's ladder with that stage, on {@code day}. */
    private void stage(String firstName, long taskTypeId, OnboardingStage stage, LocalDate day) {
        LadderStep step = progress.ladders().get(taskTypeId).stream().filter(s -> s.stage() == stage).findFirst()
                .orElseThrow();
        staff.all().stream().filter(m -> m.profile().firstName().equals(firstName)).map(StaffMember::id).findFirst()
                .ifPresent(id -> progress.signOff(id, step.id(), day, "", ""));
    }
}
