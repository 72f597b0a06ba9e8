package be.dagpuzzel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.testing.Unwritable;

/**
 * A data folder or store file Dagpuzzel may not write is refused at start with a reason that
 * names it, instead of a store H2 opens read-only where every edit then fails; backups into a
 * folder that may not be written leave nothing behind.
 */
class ReadOnlyDataFolderTest {

    @TempDir
    Path root;

    @Test
    void aNewDataFolderThatMayNotBeWrittenIsRefusedNamingIt() throws Exception {
        Path dataDir = Files.createDirectory(root.resolve("dagpuzzel"));
        try (Unwritable folder = Unwritable.make(dataDir)) {
            StoreException refused = assertThrows(StoreException.class, () -> new StoreOpener().open(dataDir));
            assertEquals(StoreException.Reason.READ_ONLY, refused.reason());
            assertEquals(dataDir.toString(), refused.place());
            assertEquals("store.problem.READ_ONLY", refused.messageKey());
            assertTrue(refused.cannotWrite());
        }
        assertEquals(List.of(), names(dataDir), "no lock file, no database file");
    }

    @Test
    void anExistingStoreWhoseFolderMayNotBeWrittenIsRefusedAndLeftAsItWas() throws Exception {
        Path dataDir = Files.createDirectory(root.resolve("dagpuzzel"));
        new StoreOpener().open(dataDir).close();
        long size = Files.size(dataDir.resolve(StoreOpener.DATABASE_FILE));
        try (Unwritable folder = Unwritable.make(dataDir)) {
            StoreException refused = assertThrows(StoreException.class, () -> new StoreOpener().open(dataDir));
            assertEquals(StoreException.Reason.READ_ONLY, refused.reason());
            assertEquals(dataDir.toString(), refused.place());
        }
        // H2's own trace file may be there from the first open (seen once in a full run on a loaded machine)
        assertEquals(List.of(InstanceLock.LOCK_FILE, StoreOpener.DATABASE_FILE), names(dataDir).stream()
                .filter(name -> !name.equals(StoreOpener.DATABASE_NAME + ".trace.db")).toList(),
                "no write check or other file left behind");
        assertEquals(size, Files.size(dataDir.resolve(StoreOpener.DATABASE_FILE)));
    }

    @Test
    void aStoreFileThatMayNotBeWrittenIsRefusedInsteadOfOpenedReadOnly() throws Exception {
        Path dataDir = Files.createDirectory(root.resolve("dagpuzzel"));
        new StoreOpener().open(dataDir).close();
        Path file = dataDir.resolve(StoreOpener.DATABASE_FILE);
        try (Unwritable store = Unwritable.make(file)) {
            StoreException refused = assertThrows(StoreException.class, () -> new StoreOpener().open(dataDir));
            assertEquals(StoreException.Reason.READ_ONLY_FILE, refused.reason());
            assertEquals(file.toString(), refused.place());
            assertTrue(refused.cannotWrite());
        }
        new StoreOpener().open(dataDir).close(); // the refusal let go of the lock
    }

    @Test
    void aBackupsFolderThatMayNotBeWrittenIsRefusedToo() throws Exception {
        Path dataDir = Files.createDirectory(root.resolve("dagpuzzel"));
        new StoreOpener().open(dataDir).close();
        Path backups = Files.createDirectory(dataDir.resolve(Backups.FOLDER));
        try (Unwritable folder = Unwritable.make(backups)) {
            StoreException refused = assertThrows(StoreException.class, () -> new StoreOpener().open(dataDir));
            assertEquals(StoreException.Reason.READ_ONLY, refused.reason());
            assertEquals(dataDir.toString(), refused.place());
        }
    }

    @Test
    void aBackupToAFolderThatMayNotBeWrittenLeavesNothingAndSaysWhy() throws Exception {
        Path dataDir = Files.createDirectory(root.resolve("dagpuzzel"));
        Path usb = Files.createDirectory(root.resolve("usb"));
        try (Store store = new StoreOpener().open(dataDir); Unwritable stick = Unwritable.make(usb)) {
            Exception failed = assertThrows(Exception.class, () -> new Backups(dataDir, Clock.systemDefaultZone())
                    .backupTo(store, usb));
            assertEquals(Optional.of(DiskProblem.READ_ONLY), DiskProblem.of(failed, usb));
        }
        assertEquals(List.of(), names(usb));
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
