package be.dagpuzzel.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.roster.rules.OnboardingStage;
import be.dagpuzzel.store.StoreOpener;

/** A store made before the progress part keeps its learners: their stages become signed-off ladder steps. */
class StageMigrationTest {

    @TempDir
    Path dir;

    @Test
    void theStagesOfTheRosterIssueBecomeSignOffsOnTheStartDate() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("dagpuzzel");
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO staff_member (id, first_name, last_name, programme, start_date, dutch_level)"
                    + " VALUES (1, 'Hassan', 'El Amrani', 'INDIVIDUAL_MAATWERK', DATE '2026-11-09', 'GOOD'),"
                    + " (2, 'Lotte', 'Peeters', 'TRAINEE', DATE '2026-09-01', 'FLUENT')");
            s.execute("INSERT INTO onboarding_stage (staff_id, task_type_id, stage) VALUES"
                    + " (1, (SELECT id FROM task_type WHERE code = 'DRIVER'), 'ASSISTED'),"
                    + " (2, (SELECT id FROM task_type WHERE code = 'CARE'), 'OBSERVES')");
        }

        AppServices services = AppServices.create(new StoreOpener().open(dir));
        try {
            long driving = services.catalogue().taskTypeWithCode("DRIVER").orElseThrow().id();
            long care = services.catalogue().taskTypeWithCode("CARE").orElseThrow().id();
            Map<Long, Map<Long, OnboardingStage>> stages = services.roster().stages(LocalDate.of(2026, 11, 27));
            assertEquals(Map.of(driving, OnboardingStage.ASSISTED), stages.get(1L));
            assertEquals(Map.of(care, OnboardingStage.OBSERVES), stages.get(2L));
            assertFalse(services.roster().stages(LocalDate.of(2026, 11, 8)).containsKey(1L), "not before he started");

            List<LadderStep> careSteps = services.progress().ladders().get(care);
            assertEquals(List.of(OnboardingStage.OBSERVES, OnboardingStage.ASSISTED, OnboardingStage.INDEPENDENT),
                    careSteps.stream().map(LadderStep::stage).toList(), "care got a plain three-step ladder");
            LadderStanding lotte = services.progress().page(2).ladder(care).orElseThrow();
            assertEquals(LocalDate.of(2026, 9, 1), lotte.currentSignoff().orElseThrow().signedOn());
        } finally {
            services.store().close();
        }
    }
}
