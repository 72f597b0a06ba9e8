package be.dagpuzzel.bench.jmh;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import be.dagpuzzel.exchange.ImportException;
import be.dagpuzzel.exchange.StoreExchange;
import be.dagpuzzel.store.Backups;
import be.dagpuzzel.store.StoreOpener;

/**
 * The whole-store work on a copy of the ten-year store, each call timed once (single shot, one
 * warm-up call first): the full JSON export written to a file (File > Export everything), that
 * export imported into a new empty store (File > Import), and a backup (the daily one, or Backup now).
 * And opening the store in a fresh JVM (H2, Flyway's check that no migration is pending, the first
 * query): three JVMs, one open each.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m", "-Djava.util.logging.config.file=/dev/null", "-Djava.awt.headless=true",
    "--enable-native-access=ALL-UNNAMED", "-Duser.language=en", "-Duser.country=GB"})
public class WholeStoreJmh {

    /** The store open, a folder for what the benchmark writes (emptied after every call). */
    @State(Scope.Benchmark)
    public static class Centre {
        TenYearStore big;
        Path out;

        @Setup(Level.Trial)
        public void open() throws Exception {
            big = TenYearStore.open();
            out = Files.createTempDirectory("dagpuzzel-jmh-out");
        }

        @TearDown(Level.Iteration)
        public void empty() throws IOException {
            TenYearStore.delete(out);
            Files.createDirectories(out);
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            big.close();
            TenYearStore.delete(out);
        }
    }

    /** The ten-year export in memory, and before every call a new empty store to import it into. */
    @State(Scope.Benchmark)
    public static class Import {
        byte[] export;
        TenYearStore empty;

        @Setup(Level.Trial)
        public void export() throws Exception {
            try (TenYearStore big = TenYearStore.open()) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                new StoreExchange(big.store, TenYearStore.CLOCK).export(bytes, p -> { });
                export = bytes.toByteArray();
            }
            System.out.printf("[store] the export: %.1f MB%n", export.length / 1e6);
        }

        @Setup(Level.Iteration)
        public void newStore() throws IOException, be.dagpuzzel.store.StoreException {
            empty = TenYearStore.empty();
        }

        @TearDown(Level.Iteration)
        public void dropStore() throws IOException {
            empty.close();
        }
    }

    /** A copy of the ten-year store, closed; opened by the benchmark. */
    @State(Scope.Benchmark)
    public static class Closed {
        Path dir;
        be.dagpuzzel.store.Store opened;

        @Setup(Level.Trial)
        public void copy() throws Exception {
            try (TenYearStore big = TenYearStore.open()) {
                dir = Files.createTempDirectory("dagpuzzel-jmh-closed");
                big.store.close();
                Files.copy(big.dir.resolve(StoreOpener.DATABASE_FILE), dir.resolve(StoreOpener.DATABASE_FILE));
            }
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            if (opened != null) {
                opened.close();
            }
            TenYearStore.delete(dir);
        }
    }

    @Benchmark
    @Fork(value = 3, jvmArgsAppend = {"-Xmx512m", "-Djava.util.logging.config.file=/dev/null",
        "--enable-native-access=ALL-UNNAMED"})
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public Object openStoreInFreshJvm(Closed c) throws Exception {
        c.opened = new StoreOpener().open(c.dir);
        return c.opened.dsl().fetchCount(be.dagpuzzel.store.jooq.Tables.STAFF_MEMBER);
    }

    @Benchmark
    public Path exportEverything(Centre c) throws IOException {
        return new StoreExchange(c.big.store, TenYearStore.CLOCK).exportTo(c.out.resolve("export.json"), p -> { });
    }

    @Benchmark
    @Measurement(iterations = 3)
    public int importEverything(Import i) throws ImportException, IOException {
        try (InputStream in = new java.io.ByteArrayInputStream(i.export)) {
            return new StoreExchange(i.empty.store, TenYearStore.CLOCK).importFrom(in, p -> { });
        }
    }

    @Benchmark
    public Path backup(Centre c) throws IOException {
        return new Backups(c.big.dir, TenYearStore.CLOCK).backupTo(c.big.store, c.out);
    }
}
