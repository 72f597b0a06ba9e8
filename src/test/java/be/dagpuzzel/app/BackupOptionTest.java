package be.dagpuzzel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.store.Store;
import be.dagpuzzel.store.StoreOpener;
import be.dagpuzzel.testing.Unwritable;

/** {@code --backup-to DIR}: a backup for scripts, without a window. */
class BackupOptionTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path target;

    @Test
    void theOptionIsReadAndNeedsAFolder() {
        assertEquals(Optional.of(Path.of("/media/usb")),
                StartOptions.parse(List.of("--backup-to", "/media/usb")).backupTo());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StartOptions.parse(List.of("--backup-to")));
        assertTrue(e.getMessage().startsWith("--backup-to needs a folder"));
    }

    @Test
    void aBackupIsWrittenAndTheExitCodeSaysSo() throws Exception {
        new StoreOpener().open(dataDir).close();
        int code = Main.backupWithoutWindow(StartOptions.parse(List.of("--data-dir", dataDir.toString(),
                "--backup-to", target.toString())));
        assertEquals(0, code);
        try (Stream<Path> files = Files.list(target)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().matches("dagpuzzel-\\d{8}-\\d{6}\\.zip")));
        }
    }

    @Test
    void aBackupToAFolderThatMayNotBeWrittenSaysSoInOneLineAndLeavesNothing() throws Exception {
        new StoreOpener().open(dataDir).close();
        ExportOptionTest.Console console;
        try (Unwritable usb = Unwritable.make(target)) {
            console = ExportOptionTest.run(() -> Main.backupWithoutWindow(StartOptions.parse(List.of(
                    "--data-dir", dataDir.toString(), "--backup-to", target.toString()))));
        }
        assertEquals(1, console.code());
        ExportOptionTest.assertOneLine("No backup was made: no permission to write in " + target
                + " (read-only); choose another folder", console.err());
        try (Stream<Path> files = Files.list(target)) {
            assertEquals(0, files.count(), "no zip and no .part left behind");
        }
    }

    @Test
    void whileTheAppHasTheStoreOpenNoBackupIsMadeAndTheCodeIsOne() throws Exception {
        try (Store open = new StoreOpener().open(dataDir)) {
            int code = Main.backupWithoutWindow(StartOptions.parse(List.of("--data-dir", dataDir.toString(),
                    "--backup-to", target.toString())));
            assertEquals(1, code);
        }
        try (Stream<Path> files = Files.list(target)) {
            assertEquals(0, files.count());
        }
    }
}
