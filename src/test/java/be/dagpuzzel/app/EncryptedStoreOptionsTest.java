package be.dagpuzzel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.store.StoreEncryption;
import be.dagpuzzel.store.StoreOpener;
import be.dagpuzzel.store.StorePassword;

/** {@code --backup-to} and {@code --export} on an encrypted store: the password from the environment or a file. */
class EncryptedStoreOptionsTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path target;

    @BeforeEach
    void encryptedStore() throws Exception {
        new StoreOpener().open(dataDir, Optional.of(StorePassword.of("zonnebloem 2026"))).close();
        assertTrue(StoreEncryption.isEncrypted(dataDir));
    }

    private StartOptions options(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("--data-dir", dataDir.toString()));
        args.addAll(List.of(more));
        return StartOptions.parse(args);
    }

    @Test
    void theBackupTakesThePasswordFromTheEnvironmentAndStaysEncrypted() throws Exception {
        int code = Main.backupWithoutWindow(options("--backup-to", target.toString()),
                Map.of(Main.PASSWORD_VARIABLE, "zonnebloem 2026"));
        assertEquals(0, code);
        Path zip;
        try (Stream<Path> files = Files.list(target)) {
            zip = files.findFirst().orElseThrow();
        }
        try (var in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            in.getNextEntry();
            assertEquals("H2encrypt", new String(in.readNBytes(9), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void theExportTakesThePasswordFromTheFirstLineOfAFile() throws Exception {
        Path passwordFile = Files.writeString(target.resolve("password.txt"), "zonnebloem 2026\n");
        Path json = target.resolve("linde.json");
        int code = Main.exportWithoutWindow(options("--export", json.toString(), "--password-file", passwordFile.toString()),
                Map.of(Main.PASSWORD_VARIABLE, "the file wins"));
        assertEquals(0, code);
        assertTrue(Files.readString(json).contains("\"tables\""));
    }

    @Test
    void withoutThePasswordOrWithAWrongOneNothingIsWrittenAndTheConsoleSaysWhy() throws Exception {
        Console none = run(() -> Main.backupWithoutWindow(options("--backup-to", target.toString()), Map.of()));
        assertEquals(1, none.code());
        assertTrue(none.err().contains("is encrypted: give its password in the environment variable DAGPUZZEL_PASSWORD"
                + " or with --password-file FILE"), none.err());

        Console wrong = run(() -> Main.exportWithoutWindow(options("--export", target.resolve("x.json").toString()),
                Map.of(Main.PASSWORD_VARIABLE, "zonnebloem")));
        assertEquals(1, wrong.code());
        assertTrue(wrong.err().startsWith("Nothing was exported: the password given does not open the data in"), wrong.err());

        Console missingFile = run(() -> Main.backupWithoutWindow(options("--backup-to", target.toString(),
                "--password-file", target.resolve("nope.txt").toString()), Map.of()));
        assertEquals(1, missingFile.code());
        assertTrue(missingFile.err().contains("the password file"), missingFile.err());
        try (Stream<Path> files = Files.list(target)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void thePasswordFileOptionNeedsAFileAndIsInTheHelp() {
        assertEquals(Optional.of(Path.of("/home/gerda/pw")),
                StartOptions.parse(List.of("--password-file", "/home/gerda/pw")).passwordFile());
        assertTrue(StartOptions.usage().contains("--password-file FILE"));
        assertTrue(StartOptions.usage().contains("DAGPUZZEL_PASSWORD"));
    }

    private record Console(int code, String out, String err) {
    }

    private static Console run(Callable<Integer> command) throws Exception {
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
