package be.dagpuzzel.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.concurrent.Callable;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.exchange.StoreExchange;
import be.dagpuzzel.roster.PlanBuilder;
import be.dagpuzzel.roster.rules.RosterRules;
import be.dagpuzzel.store.Backups;
import be.dagpuzzel.store.Store;
import be.dagpuzzel.store.StoreOpener;

/**
 * The daily interactions on a big store made by {@link BigStore}: opening the store, opening a
 * day's board (read and check), switching between two days, opening a day's transport, and the
 * whole-store work (a backup, a full export). Not a test; the command is in docs/performance.md.
 */
public final class BigStoreBenchmark {

    private BigStoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        System.out.println("machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java "
                + System.getProperty("java.version") + ", store " + Files.size(dir.resolve(StoreOpener.DATABASE_FILE)) / 1_000_000
                + " MB");
        long t = System.nanoTime();
        try (Store store = new StoreOpener().open(dir)) {
            System.out.printf("open the store (cold JVM, H2 + Flyway validate): %.0f ms%n", (System.nanoTime() - t) / 1e6);
            AppServices services = AppServices.create(store);
            RosterRules rules = new RosterRules(java.time.Duration.ofSeconds(2));
            LocalDate today = LocalDate.of(2026, 11, 27);
            LocalDate monthAgo = LocalDate.of(2026, 10, 27);
            LocalDate yearsAgo = LocalDate.of(2019, 3, 12);
            measure("open a day's board (read + check), 10 years of history", 30,
                    () -> rules.check(PlanBuilder.build(services.roster().open(monthAgo))));
            int[] flip = {0};
            measure("switch between two days (board read + check)", 60, () -> {
                LocalDate d = flip[0]++ % 2 == 0 ? monthAgo : yearsAgo;
                return rules.check(PlanBuilder.build(services.roster().open(d)));
            });
            measure("open a day's transport (runs, stops, attendance)", 30, () -> services.transport().day(monthAgo));
            measure("open today's transport", 30, () -> services.transport().day(today));
            measure("the participants list", 30, () -> services.participants().all());
            measure("the staff list", 30, () -> services.staff().all());
            measure("search the review notes over ten years (\"rolstoel\")", 20, () -> services.review().search(
                    new be.dagpuzzel.review.ReviewSearch("rolstoel", java.util.Optional.empty(), java.util.Optional.empty(),
                            today.minusYears(10), today)));
            long longest = services.progress().followed().stream()
                    .min(java.util.Comparator.comparing(m -> m.profile().startDate())).orElseThrow().id();
            measure("open the progress page of the longest-serving worker", 30, () -> services.progress().page(longest));
            measure("the progress overview (what is due for everyone)", 30, () -> services.progress().overview());
            Path backups = Files.createTempDirectory("big-backup");
            measureOnce("a backup of the whole store", () -> new Backups(dir, Clock.systemDefaultZone()).backupTo(store,
                    backups));
            measureOnce("a full JSON export", () -> {
                new StoreExchange(store, Clock.systemDefaultZone()).export(OutputStream.nullOutputStream(), f -> { });
                return null;
            });
        }
    }

    private static void measure(String what, int rounds, Callable<?> work) throws Exception {
        for (int i = 0; i < rounds / 2; i++) {
            work.call();
        }
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            work.call();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf("%s: median %.1f ms, p95 %.1f ms%n", what, times[rounds / 2] / 1e6,
                times[rounds * 95 / 100] / 1e6);
    }

    private static void measureOnce(String what, Callable<?> work) throws Exception {
        long start = System.nanoTime();
        work.call();
        System.out.printf("%s: %.0f ms%n", what, (System.nanoTime() - start) / 1e6);
    }
}
