package be.dagpuzzel.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.progress.Competence;
import be.dagpuzzel.progress.CompetenceRating;
import be.dagpuzzel.progress.Due;
import be.dagpuzzel.progress.GoalStatus;
import be.dagpuzzel.progress.Phase;
import be.dagpuzzel.progress.PopGoal;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressRepository;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.progress.TrajectoryClock;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.testing.TestStore;

/** The demo's three social-economy workers as the coach finds them on Friday 27 November 2026. */
class DemoProgressTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;
    @TempDir
    Path again;

    @Test
    void threeWorkersAtDifferentPointsWithTheHistoryTheirPagesShow() {
        AppServices services = TestStore.open(dir);
        try {
            services.demo().fill(FRIDAY);
            ProgressService progress = onFriday(services);
            long care = task(services, TaskType.CARE);

            ProgressPage hassan = progress.page(id(services, "Hassan"));
            assertTrue(hassan.goals().stream().anyMatch(g -> g.status() == GoalStatus.OPEN
                    && g.taskTypeId().equals(Optional.of(task(services, TaskType.DRIVER)))), "the new driver's goal");
            assertTrue(hassan.meetings().stream().anyMatch(m -> !m.isHeld() && m.plannedOn().isAfter(FRIDAY)),
                    "his first functioning meeting is planned");

            ProgressPage fatma = progress.page(id(services, "Fatma"));
            Map<YearMonth, Map<Long, Integer>> months = fatma.hours().minutesPerMonth();
            assertTrue(months.size() >= 17, "a year and a half of rosters: " + months.keySet());
            YearMonth first = months.keySet().iterator().next();
            Map<Long, Integer> firstQuarter = fatma.hours().total(first, first.plusMonths(2));
            Map<Long, Integer> lastHalfYear = fatma.hours().total(YearMonth.from(FRIDAY).minusMonths(6), YearMonth.from(FRIDAY));
            assertTrue(firstQuarter.size() >= 3 && lastHalfYear.size() >= 3, "a varied task mix: " + lastHalfYear);
            assertTrue(share(lastHalfYear, care) > 1.5 * share(firstQuarter, care),
                    "more and more care: " + firstQuarter + " then " + lastHalfYear);
            assertTrue(lastHalfYear.get(care) > 80 * 60, "care in the last half year: " + lastHalfYear);
            Competence contact = progress.competences().stream()
                    .filter(c -> c.code().equals(Optional.of("PARTICIPANT_CONTACT"))).findFirst().orElseThrow();
            List<CompetenceRating> contactRatings = fatma.ratings().stream()
                    .filter(r -> r.competenceId() == contact.id()).toList();
            assertTrue(contactRatings.getFirst().level() < contactRatings.getLast().level(), "ratings rise over time");
            assertTrue(fatma.evidence().stream().filter(e -> !e.competenceIds().isEmpty()).count() >= 20,
                    "feedback linked to competences");
            assertTrue(fatma.meetings().stream().filter(m -> m.isHeld() && !m.agreements().isEmpty()).count() >= 4,
                    "a meeting every six months, with agreements");
            assertEquals(List.of(GoalStatus.ACHIEVED, GoalStatus.OPEN), fatma.goals().stream().map(PopGoal::status).toList());
            assertEquals(Optional.of(care), fatma.goals().get(1).taskTypeId(), "the open goal is on a task type");
            assertTrue(fatma.trainings().size() >= 2 && !fatma.notes().isEmpty());
            assertEquals(0, new BigDecimal("450").compareTo(fatma.trajectory().carePracticeTargetHours().orElseThrow()),
                    "she aims at the care-assistant certificate");

            ProgressPage tom = progress.page(id(services, "Tom"));
            assertEquals(TrajectoryClock.Alert.MONTHS_12, tom.clock().alert(), "his trajectory ends within a year");
            assertTrue(tom.due().stream().anyMatch(d -> d.kind() == Due.Kind.TRAJECTORY_END));
            assertEquals(List.of(Phase.PREPARATION, Phase.JOB_MATCHING), tom.phases().stream().map(p -> p.phase()).toList());
            assertTrue(tom.phases().get(0).to().isPresent() && tom.phases().get(1).to().isEmpty());
            assertEquals(0, new BigDecimal("60").compareTo(tom.guidanceHours()), "about 60 of the 140 hours");
            assertEquals("Logistiek medewerker", tom.trajectory().targetJob());
            assertEquals(DemoProgress.TOM_EMPLOYER, tom.trajectory().targetEmployer());

            assertEquals(2, services.review().daysWithoutReview(FRIDAY).size(),
                    "the older history leaves the last four weeks to the demo's own reviewed days");
        } finally {
            services.store().close();
        }
    }

    @Test
    void theSameDayGivesTheSameHistory() {
        AppServices one = TestStore.open(dir);
        AppServices two = TestStore.open(again);
        try {
            one.demo().fill(FRIDAY);
            two.demo().fill(FRIDAY);
            ProgressPage a = onFriday(one).page(id(one, "Fatma"));
            ProgressPage b = onFriday(two).page(id(two, "Fatma"));
            assertEquals(a.hours(), b.hours());
            assertEquals(a.evidence().stream().map(e -> e.date() + e.note()).toList(),
                    b.evidence().stream().map(e -> e.date() + e.note()).toList());
        } finally {
            one.store().close();
            two.store().close();
        }
    }

    private static double share(Map<Long, Integer> minutes, long task) {
        return minutes.getOrDefault(task, 0) / (double) minutes.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static ProgressService onFriday(AppServices services) {
        return new ProgressService(services.store(), new ProgressRepository(), services.staff(), services.catalogue(),
                Clock.fixed(FRIDAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault()));
    }

    private static long id(AppServices services, String firstName) {
        return services.staff().all().stream().filter(m -> m.profile().firstName().equals(firstName)).findFirst()
                .orElseThrow().id();
    }

    private static long task(AppServices services, String code) {
        return services.catalogue().taskTypeWithCode(code).orElseThrow().id();
    }
}
