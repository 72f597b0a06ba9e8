package be.dagpuzzel.bench.jmh;

import static be.dagpuzzel.store.jooq.Tables.ROSTER_ASSIGNMENT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.jooq.impl.DSL;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.store.Store;
import be.dagpuzzel.store.StoreException;
import be.dagpuzzel.store.StoreOpener;

/**
 * A copy of the ten-year store of {@code BigStore} (seed 42), opened with the app's services on a
 * clock fixed at the store's "today", 27/11/2026. The original folder is given by the system property
 * {@value #PROPERTY} (default {@value #DEFAULT}); it is copied to a temporary folder first, so no
 * benchmark ever changes it.
 */
final class TenYearStore implements AutoCloseable {

    static final String PROPERTY = "dagpuzzel.bench.store";
    static final String DEFAULT = "/tmp/big10";
    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final LocalDate MONTH_AGO = LocalDate.of(2026, 10, 27);
    static final LocalDate IN_2019 = LocalDate.of(2019, 3, 12);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    final Path dir;
    final Store store;
    final AppServices services;

    private TenYearStore(Path dir, Store store) {
        this.dir = dir;
        this.store = store;
        this.services = AppServices.create(store, CLOCK);
    }

    /**
     * The followed worker with the longest history: the most places on the rosters (in the seed-42 store a
     * worker since 2021 with about 600 places, 180 lines of feedback and 130 ratings). The one who started
     * first is a demo worker with a few weeks on the rosters, whose page says little about ten years.
     */
    long longestHistoryFollowed() {
        List<Long> followed = services.progress().followed().stream().map(StaffMember::id).toList();
        return store.dsl().select(ROSTER_ASSIGNMENT.STAFF_ID).from(ROSTER_ASSIGNMENT)
                .where(ROSTER_ASSIGNMENT.STAFF_ID.in(followed)).groupBy(ROSTER_ASSIGNMENT.STAFF_ID)
                .orderBy(DSL.count().desc(), ROSTER_ASSIGNMENT.STAFF_ID).limit(1).fetchOne(ROSTER_ASSIGNMENT.STAFF_ID);
    }

    /** Copies the store into a new temporary folder and opens the copy. */
    static TenYearStore open() throws IOException, StoreException {
        Path original = Path.of(System.getProperty(PROPERTY, DEFAULT));
        Path database = original.resolve(StoreOpener.DATABASE_FILE);
        if (!Files.exists(database)) {
            throw new IllegalStateException("no ten-year store in " + original + ": make one with"
                    + " be.dagpuzzel.bench.BigStore " + original + " 42 10, or point -D" + PROPERTY + " at one");
        }
        Path copy = Files.createTempDirectory("dagpuzzel-jmh");
        Files.copy(database, copy.resolve(StoreOpener.DATABASE_FILE));
        return new TenYearStore(copy, new StoreOpener().open(copy));
    }

    /** An empty store in a new temporary folder (migrated, nothing in it but the seeded rows). */
    static TenYearStore empty() throws IOException, StoreException {
        Path dir = Files.createTempDirectory("dagpuzzel-jmh-empty");
        return new TenYearStore(dir, new StoreOpener().open(dir));
    }

    @Override
    public void close() throws IOException {
        store.close();
        delete(dir);
    }

    static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
