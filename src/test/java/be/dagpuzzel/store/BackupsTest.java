package be.dagpuzzel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.store.jooq.Tables;

class BackupsTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @TempDir
    Path dataDir;
    @TempDir
    Path usbStick;

    private static Clock at(LocalDate day, int hour) {
        return Clock.fixed(day.atTime(hour, 0).atZone(BRUSSELS).toInstant(), BRUSSELS);
    }

    @Test
    void aBackupOnAUsbStickHoldsTheStoreAndOpensWithItsData() throws Exception {
        Path backup;
        try (Store store = new StoreOpener().open(dataDir)) {
            store.transaction(dsl -> dsl.insertInto(Tables.CENTRE).set(Tables.CENTRE.NAME, "De Linde").execute());
            backup = new Backups(dataDir, at(LocalDate.of(2026, 11, 27), 17)).backupTo(store, usbStick);
        }
        assertEquals("dagpuzzel-20261127-170000.zip", backup.getFileName().toString());
        Path restored = Files.createDirectories(usbStick.resolve("restored"));
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            ZipEntry entry = zip.getNextEntry();
            assertEquals(StoreOpener.DATABASE_FILE, entry.getName());
            Files.copy((InputStream) zip, restored.resolve(StoreOpener.DATABASE_FILE));
        }
        try (Store copy = new StoreOpener().open(restored)) {
            assertEquals("De Linde", copy.dsl().select(Tables.CENTRE.NAME).from(Tables.CENTRE).fetchOne().value1());
        }
    }

    @Test
    void aDamagedStoreIsReplacedByTheNewestBackupAndKeptBesideIt() throws Exception {
        Backups backups = new Backups(dataDir, at(LocalDate.of(2026, 11, 27), 8));
        try (Store store = new StoreOpener().open(dataDir)) {
            store.transaction(dsl -> dsl.insertInto(Tables.CENTRE).set(Tables.CENTRE.NAME, "De Linde").execute());
            backups.dailyIfDue(store);
        }
        Files.write(dataDir.resolve(StoreOpener.DATABASE_FILE), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, () -> new StoreOpener().open(dataDir));

        Path kept = backups.restore(backups.list().getFirst()).orElseThrow();
        assertEquals(8, Files.size(kept), "the damaged file is kept, not deleted");
        try (Store store = new StoreOpener().open(dataDir)) {
            assertEquals("De Linde", store.dsl().select(Tables.CENTRE.NAME).from(Tables.CENTRE).fetchOne().value1());
        }
    }

    @Test
    void theDailyBackupIsTakenOnceADay() throws Exception {
        LocalDate friday = LocalDate.of(2026, 11, 27);
        try (Store store = new StoreOpener().open(dataDir)) {
            assertTrue(new Backups(dataDir, at(friday, 8)).dailyIfDue(store).isPresent());
            assertTrue(new Backups(dataDir, at(friday, 15)).dailyIfDue(store).isEmpty(), "already one today");
            assertTrue(new Backups(dataDir, at(friday.plusDays(1), 8)).dailyIfDue(store).isPresent());
            assertEquals(2, new Backups(dataDir, at(friday, 8)).list().size());
        }
    }

    @Test
    void oldBackupsAreThinnedToTheLastSevenDaysAndFourWeeks() throws Exception {
        Path folder = Files.createDirectories(dataDir.resolve(Backups.FOLDER));
        LocalDate last = LocalDate.of(2026, 11, 27);
        for (int i = 0; i < 60; i++) {
            LocalDate day = last.minusDays(i);
            Files.writeString(folder.resolve(String.format("dagpuzzel-%d%02d%02d-090000.zip",
                    day.getYear(), day.getMonthValue(), day.getDayOfMonth())), "x");
        }
        Files.writeString(folder.resolve("dagpuzzel-20261127-160000.zip"), "second of the day");
        Files.writeString(folder.resolve("notes.txt"), "not a backup");

        Backups backups = new Backups(dataDir, at(last, 18));
        backups.rotate();
        List<LocalDate> kept = backups.list().stream().map(b -> b.takenAt().toLocalDate()).toList();
        assertEquals(11, kept.size(), kept.toString());
        assertEquals(last.minusDays(6), kept.get(6), "the last seven days");
        assertTrue(kept.get(10).isAfter(last.minusDays(40)), "then one a week, four weeks: " + kept);
        assertTrue(Files.exists(folder.resolve("dagpuzzel-20261127-160000.zip")), "the newest of a day is kept");
        assertTrue(Files.exists(folder.resolve("notes.txt")), "other files are left alone");
    }

    @Test
    void theRestoreListSaysWhatABackupHoldsWithoutTouchingTheStore() throws Exception {
        Backups backups = new Backups(dataDir, at(LocalDate.of(2026, 11, 27), 8));
        try (Store store = new StoreOpener().open(dataDir)) {
            be.dagpuzzel.app.AppServices services = be.dagpuzzel.app.AppServices.create(store);
            services.demo().fill(LocalDate.of(2026, 11, 27));
            backups.dailyIfDue(store);
            Backups.Contents holds = backups.contents(backups.list().getFirst());
            assertEquals(services.staff().all().stream().filter(m -> !m.archived()).count(), holds.staff());
            assertEquals(35, holds.participants());
            assertTrue(holds.plannedDays() > 5, "the demo's two weeks of plans: " + holds.plannedDays());
            assertEquals(Optional.of(LocalDate.of(2026, 11, 26)), holds.lastPlannedDay(), "the demo plans up to yesterday");
            assertEquals(35, services.participants().all().size(), "the open store is untouched");
        }
    }
}
