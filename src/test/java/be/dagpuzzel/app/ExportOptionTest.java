package be.dagpuzzel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.exchange.StoreExchange;
import be.dagpuzzel.settings.CentreDetails;
import be.dagpuzzel.store.Store;
import be.dagpuzzel.store.StoreOpener;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.testing.Unwritable;

/** {@code --export FILE}: everything in the store as one JSON document, for scripts, without a window. */
class ExportOptionTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path target;

    @Test
    void theOptionIsReadNeedsAFileAndIsListedInTheHelp() {
        assertEquals(Optional.of(Path.of("/media/usb/linde.json")),
                StartOptions.parse(List.of("--export", "/media/usb/linde.json")).exportTo());
        assertEquals(Optional.empty(), StartOptions.parse(List.of("--demo")).exportTo());
        for (List<String> wrong : List.of(List.of("--export"), List.of("--export", "--data-dir", "/tmp/x"))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> StartOptions.parse(wrong));
            assertTrue(e.getMessage().startsWith("--export needs a file"), e.getMessage());
        }
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> StartOptions.parse(List.of("--export", "a.json", "--backup-to", "/media/usb")));
        assertTrue(both.getMessage().startsWith("Give --backup-to or --export, not both"));
        assertTrue(StartOptions.usage().contains("--export FILE"));
    }

    @Test
    void theExportIsWrittenAndTheExitCodeSaysSo() throws Exception {
        var services = TestStore.open(dataDir);
        String expected;
        try {
            services.centres().create(new CentreDetails("Dagcentrum Het Anker", Address.EMPTY, Optional.empty()));
            var out = new java.io.ByteArrayOutputStream();
            new StoreExchange(services.store(), Clock.systemDefaultZone()).export(out, f -> { });
            expected = withoutTime(out.toString(StandardCharsets.UTF_8));
        } finally {
            services.store().close();
        }
        Path file = target.resolve("usb").resolve("anker.json");
        Console console = run(() -> Main.exportWithoutWindow(options("--export", file.toString())));
        assertEquals(0, console.code());
        assertEquals("Export written: " + file + "\n", console.out());
        assertEquals(expected, withoutTime(Files.readString(file, StandardCharsets.UTF_8)));
    }

    @Test
    void whileTheAppHasTheStoreOpenNothingIsWrittenAndTheCodeIsOne() throws Exception {
        Path file = target.resolve("anker.json");
        try (Store open = new StoreOpener().open(dataDir)) {
            Console console = run(() -> Main.exportWithoutWindow(options("--export", file.toString())));
            assertEquals(1, console.code());
            assertOneLine("Dagpuzzel is open on " + dataDir.toAbsolutePath().normalize() + ": close it", console.err());
        }
        assertFalse(Files.exists(file));
    }

    @Test
    void aFolderWithoutDataOrAFolderAsTheFileIsRefusedInOneLine() throws Exception {
        Path empty = target.resolve("no-data-here");
        Console none = run(() -> Main.exportWithoutWindow(StartOptions.parse(List.of("--data-dir", empty.toString(),
                "--export", target.resolve("x.json").toString()))));
        assertEquals(1, none.code());
        assertOneLine("Nothing was exported: there is no Dagpuzzel data in " + empty, none.err());
        assertFalse(Files.exists(empty), "no data folder is made for it");

        new StoreOpener().open(dataDir).close();
        Console folder = run(() -> Main.exportWithoutWindow(options("--export", target.toString())));
        assertEquals(1, folder.code());
        assertOneLine("Nothing was exported: " + target + " is a folder", folder.err());
    }

    @Test
    void anExportToAFolderThatMayNotBeWrittenSaysSoInOneLineAndLeavesNothing() throws Exception {
        new StoreOpener().open(dataDir).close();
        Path usb = Files.createDirectory(target.resolve("usb"));
        Path file = usb.resolve("anker.json");
        Console console;
        try (Unwritable stick = Unwritable.make(usb)) {
            console = run(() -> Main.exportWithoutWindow(options("--export", file.toString())));
        }
        assertEquals(1, console.code());
        assertOneLine("Nothing was exported: no permission to write in " + usb + " (read-only); choose another folder",
                console.err());
        try (var files = Files.list(usb)) {
            assertEquals(0, files.count(), "no file and no .part left behind");
        }
    }

    @Test
    void aDataFolderThatMayNotBeWrittenIsNamedInOneLine() throws Exception {
        new StoreOpener().open(dataDir).close();
        Path file = target.resolve("anker.json");
        Console console;
        try (Unwritable data = Unwritable.make(dataDir)) {
            console = run(() -> Main.exportWithoutWindow(options("--export", file.toString())));
        }
        assertEquals(1, console.code());
        assertOneLine("Nothing was exported: Dagpuzzel may not write in the data folder "
                + dataDir.toAbsolutePath().normalize() + " (read-only)", console.err());
        assertFalse(Files.exists(file));
    }

    private StartOptions options(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--data-dir", dataDir.toString()));
        args.addAll(List.of(more));
        return StartOptions.parse(args);
    }

    static void assertOneLine(String start, String text) {
        assertTrue(text.startsWith(start), text);
        assertEquals(1, text.lines().count(), "one line: " + text);
    }

    private static String withoutTime(String document) {
        return document.replaceFirst("\n  \"exportedAt\": \"[^\"]*\",\n", "\n");
    }

    /** What a run printed, and its exit code. */
    record Console(int code, String out, String err) {
    }

    static Console run(Callable<Integer> command) throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outText = new ByteArrayOutputStream();
        ByteArrayOutputStream errText = new ByteArrayOutputStream();
        System.setOut(new PrintStream(outText, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(errText, true, StandardCharsets.UTF_8));
        try {
            int code = command.call();
            return new Console(code, outText.toString(StandardCharsets.UTF_8), errText.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
