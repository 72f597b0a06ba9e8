package be.dagpuzzel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.store.jooq.Tables;

/** The store encrypted with a password: opening, refusing, converting both ways, and what is on disk. */
class StoreEncryptionTest {

    private static final String NAME = "Dagcentrum Vandenbroucke";
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @TempDir
    Path dataDir;

    private final Backups backups() {
        return new Backups(dataDir, Clock.fixed(LocalDate.of(2026, 11, 27).atTime(17, 0).atZone(BRUSSELS).toInstant(), BRUSSELS));
    }

    private static Optional<StorePassword> password(String text) {
        return Optional.of(StorePassword.of(text));
    }

    private static void addCentre(Store store) {
        store.transaction(dsl -> dsl.insertInto(Tables.CENTRE).set(Tables.CENTRE.NAME, NAME).execute());
    }

    private static String centreName(Store store) {
        return store.dsl().select(Tables.CENTRE.NAME).from(Tables.CENTRE).fetchOne().value1();
    }

    private static StoreException.Reason refusal(Path dir, Optional<StorePassword> password) {
        return assertThrows(StoreException.class, () -> new StoreOpener().open(dir, password)).reason();
    }

    @Test
    void anEncryptedStoreOpensWithItsPasswordAndIsRefusedWithAnother() throws Exception {
        try (Store store = new StoreOpener().open(dataDir, password("geheim-2026"))) {
            assertTrue(store.encrypted());
            addCentre(store);
        }
        assertTrue(StoreEncryption.isEncrypted(dataDir));

        StoreException wrong = assertThrows(StoreException.class,
                () -> new StoreOpener().open(dataDir, password("Geheim-2026")));
        assertEquals(StoreException.Reason.WRONG_PASSWORD, wrong.reason());
        assertEquals("store.problem.WRONG_PASSWORD", wrong.messageKey());
        assertEquals(StoreException.Reason.PASSWORD_NEEDED, refusal(dataDir, Optional.empty()));

        try (Store store = new StoreOpener().open(dataDir, password("geheim-2026"))) {
            assertEquals(NAME, centreName(store), "a refused attempt leaves the lock free and the data whole");
            assertTrue(store.passwordIs("geheim-2026"));
            assertFalse(store.passwordIs("geheim"));
        }
    }

    @Test
    void theEncryptedFileCannotBeReadWithoutThePassword() throws Exception {
        Path plainDir = Files.createDirectories(dataDir.resolve("plain"));
        Path secretDir = Files.createDirectories(dataDir.resolve("secret"));
        try (Store plain = new StoreOpener().open(plainDir); Store secret = new StoreOpener().open(secretDir, password("geheim-2026"))) {
            addCentre(plain);
            addCentre(secret);
        }
        assertTrue(bytesHold(plainDir.resolve(StoreOpener.DATABASE_FILE), NAME), "the check below means something");
        assertFalse(bytesHold(secretDir.resolve(StoreOpener.DATABASE_FILE), NAME));
        String withoutCipher = "jdbc:h2:file:" + secretDir.resolve(StoreOpener.DATABASE_NAME) + ";IFEXISTS=TRUE";
        assertThrows(SQLException.class, () -> DriverManager.getConnection(withoutCipher, "sa", "").close());
    }

    @Test
    void plainThenEncryptedThenAnotherPasswordThenPlainKeepsEveryRow() throws Exception {
        Store store = new StoreOpener().open(dataDir);
        be.dagpuzzel.app.AppServices.create(store).demo().fill(LocalDate.of(2026, 11, 27));
        int participants = store.dsl().fetchCount(Tables.PARTICIPANT);
        int assignments = store.dsl().fetchCount(Tables.ROSTER_ASSIGNMENT);
        assertTrue(participants > 0 && assignments > 0);

        StoreEncryption.convert(store, backups(), password("één twee drie")); // spaces and accents are fine
        assertTrue(StoreEncryption.isEncrypted(dataDir));
        assertEquals(StoreException.Reason.PASSWORD_NEEDED, refusal(dataDir, Optional.empty()));
        store = new StoreOpener().open(dataDir, password("één twee drie"));
        assertEquals(participants, store.dsl().fetchCount(Tables.PARTICIPANT));

        StoreEncryption.convert(store, backups(), password("een ander wachtwoord"));
        assertEquals(StoreException.Reason.WRONG_PASSWORD, refusal(dataDir, password("één twee drie")));
        store = new StoreOpener().open(dataDir, password("een ander wachtwoord"));
        assertEquals(assignments, store.dsl().fetchCount(Tables.ROSTER_ASSIGNMENT));

        StoreEncryption.convert(store, backups(), Optional.empty());
        assertFalse(StoreEncryption.isEncrypted(dataDir));
        try (Store plain = new StoreOpener().open(dataDir)) {
            assertFalse(plain.encrypted());
            assertEquals(participants, plain.dsl().fetchCount(Tables.PARTICIPANT));
            assertEquals(assignments, plain.dsl().fetchCount(Tables.ROSTER_ASSIGNMENT));
        }
        assertEquals(3, backups().list().size(), "a backup before each change");
        assertFalse(Files.exists(dataDir.resolve(StoreEncryption.WORK_FOLDER)), "no work files left behind");
    }

    @Test
    void aConversionRefusedHalfWayLeavesTheStoreAsItWasAndClosed() throws Exception {
        Store store = new StoreOpener().open(dataDir, password("geheim-2026"));
        addCentre(store);
        store.close();
        byte[] before = Files.readAllBytes(dataDir.resolve(StoreOpener.DATABASE_FILE));
        Files.createDirectories(dataDir.resolve(StoreEncryption.WORK_FOLDER)).resolve("half.tmp").toFile().createNewFile();
        // as a process ended half-way through a conversion leaves it; a wrong old password is refused before any copy
        assertThrows(StoreException.class, () -> StoreEncryption.rekey(dataDir.resolve(StoreOpener.DATABASE_FILE),
                password("not it"), Optional.empty()));
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(dataDir.resolve(StoreOpener.DATABASE_FILE))));
        try (Store again = new StoreOpener().open(dataDir, password("geheim-2026"))) {
            assertEquals(NAME, centreName(again));
        }
        assertFalse(Files.exists(dataDir.resolve(StoreEncryption.WORK_FOLDER)), "opening clears a conversion's leftovers");
    }

    @Test
    void aBackupOfAnEncryptedStoreIsEncryptedAndReadWithThePassword() throws Exception {
        Path backup;
        try (Store store = new StoreOpener().open(dataDir, password("geheim-2026"))) {
            addCentre(store);
            backup = backups().backupTo(store, dataDir.resolve("usb"));
        }
        byte[] zipped;
        try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(backup))) {
            assertEquals(StoreOpener.DATABASE_FILE, zip.getNextEntry().getName());
            zipped = zip.readAllBytes();
        }
        assertTrue(new String(zipped, 0, 9, StandardCharsets.US_ASCII).equals("H2encrypt"));
        assertFalse(new String(zipped, StandardCharsets.ISO_8859_1).contains(NAME));

        Backups.Backup b = new Backups.Backup(backup, java.time.LocalDateTime.now(), Files.size(backup));
        assertTrue(backups().isEncrypted(b));
        assertEquals(StoreException.Reason.PASSWORD_NEEDED,
                assertThrows(StoreException.class, () -> backups().contents(b)).reason());
        assertEquals(StoreException.Reason.WRONG_PASSWORD,
                assertThrows(StoreException.class, () -> backups().contents(b, password("geheim"))).reason());
        assertEquals(0, backups().contents(b, password("geheim-2026")).staff());
    }

    @Test
    void aBackupMadeBeforeThePasswordChangedIsRestoredUnderTheCurrentPassword() throws Exception {
        Store store = new StoreOpener().open(dataDir, password("oud wachtwoord"));
        addCentre(store);
        StoreEncryption.convert(store, backups(), password("nieuw wachtwoord")); // the backup first: under the old one
        Backups.Backup old = backups().list().getFirst();
        try (Store now = new StoreOpener().open(dataDir, password("nieuw wachtwoord"))) {
            now.transaction(dsl -> dsl.update(Tables.CENTRE).set(Tables.CENTRE.NAME, "Renamed").execute());
        }

        StoreException refused = assertThrows(StoreException.class,
                () -> backups().restore(old, Optional.empty(), password("nieuw wachtwoord")));
        assertEquals(StoreException.Reason.WRONG_PASSWORD, refused.reason());
        try (Store now = new StoreOpener().open(dataDir, password("nieuw wachtwoord"))) {
            assertEquals("Renamed", centreName(now), "a refused restore changes nothing");
        }

        backups().restore(old, password("oud wachtwoord"), password("nieuw wachtwoord"));
        assertEquals(StoreException.Reason.WRONG_PASSWORD, refusal(dataDir, password("oud wachtwoord")));
        try (Store now = new StoreOpener().open(dataDir, password("nieuw wachtwoord"))) {
            assertEquals(NAME, centreName(now), "the backup's data, under the password in use now");
        }
    }

    @Test
    void aPlainBackupRestoredIntoAnEncryptedStoreIsEncryptedAndPlainCopiesAreListed() throws Exception {
        Store store = new StoreOpener().open(dataDir);
        addCentre(store);
        StoreEncryption.convert(store, backups(), password("geheim-2026"));
        Backups.Backup plainBackup = backups().list().getFirst();
        assertEquals(java.util.List.of(plainBackup.file()), backups().unencryptedCopies());

        backups().restore(plainBackup, Optional.empty(), password("geheim-2026"));
        assertTrue(StoreEncryption.isEncrypted(dataDir));
        try (Store now = new StoreOpener().open(dataDir, password("geheim-2026"))) {
            assertEquals(NAME, centreName(now));
        }
        assertEquals(1, backups().removeUnencryptedCopies());
        assertEquals(java.util.List.of(), backups().unencryptedCopies());
        try (var files = Files.list(dataDir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("dagpuzzel-replaced-")),
                    "the encrypted file replaced by the restore is kept (and not listed: it is encrypted)");
        }
    }

    private static boolean bytesHold(Path file, String text) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(text);
    }
}
