package be.dagpuzzel.demo;

import java.time.LocalDate;

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

    DemoRosters(RosterService roster, StaffService staff, TaskCatalogue catalogue, DayTemplateService templates) {
        this.roster = roster;
        this.staff = staff;
        this.catalogue = catalogue;
        this.templates = templates;
    }

    void fill(LocalDate today) {
        long driving = catalogue.taskTypeWithCode(TaskType.DRIVER).orElseThrow().id();
        long care = catalogue.taskTypeWithCode(TaskType.CARE).orElseThrow().id();
        stage("Hassan", driving, OnboardingStage.ASSISTED);
        stage("Lotte", care, OnboardingStage.ASSISTED);
        stage("Mieke", catalogue.taskTypeWithCode(TaskType.BUS_COMPANION).orElseThrow().id(), OnboardingStage.OBSERVES);

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

    private void stage(String firstName, long taskTypeId, OnboardingStage stage) {
        staff.all().stream().filter(m -> m.profile().firstName().equals(firstName)).map(StaffMember::id).findFirst()
                .ifPresent(id -> roster.setStage(id, taskTypeId, stage));
    }
}
