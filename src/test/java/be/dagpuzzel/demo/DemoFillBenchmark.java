package be.dagpuzzel.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.settings.CentreDetails;
import be.dagpuzzel.store.StoreOpener;

/**
 * Measures filling the demo centre, which many tests do on a fresh store: each fill on a new store,
 * the steps of {@link DemoCentre#fill} timed one by one, so the part the progress history adds
 * ({@link DemoProgress}) is seen next to the rest in the same run. The first fill pays for class
 * loading; the median is of the fills after it. Not a test; see docs/performance.md.
 */
public final class DemoFillBenchmark {

    private DemoFillBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        LocalDate today = LocalDate.of(2026, 11, 27);
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version"));
        long[] before = new long[runs];
        long[] progress = new long[runs];
        for (int i = 0; i < runs; i++) {
            Path dir = Files.createTempDirectory("demo-fill");
            try (var store = new StoreOpener().open(dir)) {
                AppServices s = AppServices.create(store);
                long start = System.nanoTime();
                s.centres().create(new CentreDetails(DemoCentre.NAME, DemoCentre.ADDRESS, Optional.of(DemoCentre.LOCATION)));
                new DemoTemplates(s.catalogue(), s.templates()).fill(today);
                new DemoStaff(s.catalogue(), s.staff()).fill(today);
                new DemoRosters(s.roster(), s.staff(), s.catalogue(), s.templates(), s.progress()).fill(today);
                new DemoTransport(s.participants(), s.transport()).fill(today);
                new DemoReviews(s.review(), s.staff(), s.transport(), s.templates()).fill(today);
                long middle = System.nanoTime();
                new DemoProgress(s.staff(), s.catalogue(), s.roster(), s.review(), s.progress()).fill(today);
                long end = System.nanoTime();
                before[i] = middle - start;
                progress[i] = end - middle;
                if (i == 0) {
                    counts(store.dsl(), today);
                }
            }
            System.out.printf("fill %d: %.0f ms, of which the progress history %.0f ms%n", i + 1,
                    (before[i] + progress[i]) / 1e6, progress[i] / 1e6);
        }
        System.out.printf("first fill: %.0f ms + progress history %.0f ms%n", before[0] / 1e6, progress[0] / 1e6);
        System.out.printf("after it (median of %d): %.0f ms + progress history %.0f ms%n", runs - 1,
                median(before) / 1e6, median(progress) / 1e6);
    }

    /** What the older history added: the rows before the last four weeks, and the progress records. */
    private static void counts(org.jooq.DSLContext dsl, LocalDate today) {
        LocalDate edge = today.minusDays(DemoHistory.UNTOUCHED_DAYS);
        var slot = be.dagpuzzel.store.jooq.Tables.ROSTER_SLOT;
        var assignment = be.dagpuzzel.store.jooq.Tables.ROSTER_ASSIGNMENT;
        var observation = be.dagpuzzel.store.jooq.Tables.OBSERVATION;
        System.out.printf("history: %d roster days, %d slots, %d places, %d feedback lines, %d ratings, %d evidence links%n",
                dsl.fetchCount(be.dagpuzzel.store.jooq.Tables.ROSTER_DAY,
                        be.dagpuzzel.store.jooq.Tables.ROSTER_DAY.ROSTER_DATE.lt(edge)),
                dsl.fetchCount(slot, slot.ROSTER_DATE.lt(edge)),
                dsl.fetchCount(dsl.select().from(assignment).join(slot).on(slot.ID.eq(assignment.SLOT_ID))
                        .where(slot.ROSTER_DATE.lt(edge))),
                dsl.fetchCount(observation, observation.OBSERVED_ON.lt(edge)),
                dsl.fetchCount(be.dagpuzzel.store.jooq.Tables.COMPETENCE_RATING),
                dsl.fetchCount(be.dagpuzzel.store.jooq.Tables.OBSERVATION_COMPETENCE));
    }

    private static double median(long[] all) {
        long[] warm = Arrays.copyOfRange(all, 1, all.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
