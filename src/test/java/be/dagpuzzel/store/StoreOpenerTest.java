package be.dagpuzzel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreOpenerTest {

    @TempDir
    Path dataDir;

    @Test
    void firstStartCreatesTheDatabaseFileWithTheSchema() throws Exception {
        try (Store store = new StoreOpener().open(dataDir)) {
            assertEquals(0, store.dsl().fetchCount(be.dagpuzzel.store.jooq.Tables.CENTRE));
            assertTrue(store.migrationBackup().isEmpty(), "a new store has nothing to back up");
        }
        assertTrue(Files.exists(dataDir.resolve(StoreOpener.DATABASE_FILE)));
        assertEquals(mainVersions(), appliedVersions(dataDir));
    }

    @Test
    void dataWrittenSurvivesARestart() throws Exception {
        try (Store store = new StoreOpener().open(dataDir)) {
            store.transaction(dsl -> dsl.insertInto(be.dagpuzzel.store.jooq.Tables.CENTRE)
                    .set(be.dagpuzzel.store.jooq.Tables.CENTRE.NAME, "De Linde").execute());
        }
        try (Store store = new StoreOpener().open(dataDir)) {
            assertEquals("De Linde", store.dsl().select(be.dagpuzzel.store.jooq.Tables.CENTRE.NAME)
                    .from(be.dagpuzzel.store.jooq.Tables.CENTRE).fetchOne().value1());
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() throws Exception {
        try (Store store = new StoreOpener().open(dataDir)) {
            assertThrows(RuntimeException.class, () -> store.transaction(dsl -> {
                dsl.insertInto(be.dagpuzzel.store.jooq.Tables.CENTRE)
                        .set(be.dagpuzzel.store.jooq.Tables.CENTRE.NAME, "Half").execute();
                throw new IllegalStateException("boom half-way");
            }));
            assertEquals(0, store.dsl().fetchCount(be.dagpuzzel.store.jooq.Tables.CENTRE));
        }
    }

    @Test
    void aPendingMigrationOnAnExistingStoreLeavesACopyOfTheOldFileNextToIt() throws Exception {
        try (Store store = new StoreOpener().open(dataDir)) {
            store.transaction(dsl -> dsl.insertInto(be.dagpuzzel.store.jooq.Tables.CENTRE)
                    .set(be.dagpuzzel.store.jooq.Tables.CENTRE.NAME, "Before the upgrade").execute());
        }
        StoreOpener newerRelease = new StoreOpener(List.of(StoreOpener.MAIN_MIGRATIONS, "classpath:db/later-migration"));
        Path backup;
        try (Store store = newerRelease.open(dataDir)) {
            backup = store.migrationBackup().orElseThrow();
        }
        assertEquals(dataDir, backup.getParent(), "the copy is kept next to the database file");
        String released = mainVersions().getLast();
        assertTrue(backup.getFileName().toString().startsWith("dagpuzzel-schema-v" + released + "-"), backup.toString());
        List<String> upgraded = new java.util.ArrayList<>(mainVersions());
        upgraded.add("1000");
        assertEquals(upgraded, appliedVersions(dataDir));

        // The copy is a working store at the old version, holding the old data.
        Path restored = Files.createDirectories(dataDir.resolve("restored"));
        Files.copy(backup, restored.resolve(StoreOpener.DATABASE_FILE));
        assertEquals(mainVersions(), appliedVersions(restored));
        try (Store old = new StoreOpener().open(restored)) {
            assertEquals("Before the upgrade", old.dsl().select(be.dagpuzzel.store.jooq.Tables.CENTRE.NAME)
                    .from(be.dagpuzzel.store.jooq.Tables.CENTRE).fetchOne().value1());
        }
    }

    @Test
    void openingWithoutPendingMigrationsTakesNoCopy() throws Exception {
        new StoreOpener().open(dataDir).close();
        try (Store store = new StoreOpener().open(dataDir)) {
            assertTrue(store.migrationBackup().isEmpty());
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith("dagpuzzel-schema-")));
        }
    }

    @Test
    void aSecondCopyOnTheSameFolderIsRefusedAndTheFirstKeepsWorking() throws Exception {
        try (Store first = new StoreOpener().open(dataDir)) {
            StoreInUseException refused = assertThrows(StoreInUseException.class, () -> new StoreOpener().open(dataDir));
            assertEquals(dataDir.toAbsolutePath().normalize(), refused.dataDir());
            first.transaction(dsl -> dsl.insertInto(be.dagpuzzel.store.jooq.Tables.CENTRE)
                    .set(be.dagpuzzel.store.jooq.Tables.CENTRE.NAME, "Still fine").execute());
            assertEquals(1, first.dsl().fetchCount(be.dagpuzzel.store.jooq.Tables.CENTRE));
        }
        // once the first has closed, the folder can be opened again
        new StoreOpener().open(dataDir).close();
    }

    @Test
    void aFolderThatCannotBeCreatedGivesAPlainMessage() throws IOException {
        Path file = Files.writeString(dataDir.resolve("not-a-folder"), "x");
        StoreException e = assertThrows(StoreException.class, () -> new StoreOpener().open(file.resolve("sub")));
        assertTrue(e.getMessage().contains("Cannot create the data folder"), e.getMessage());
    }

    /** The versions of the app's own migration scripts, in order. */
    private static List<String> mainVersions() throws Exception {
        Path folder = Path.of(StoreOpenerTest.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> n.substring(1, n.indexOf("__")))
                    .sorted(java.util.Comparator.comparingInt(Integer::parseInt))
                    .toList();
        }
    }

    private static List<String> appliedVersions(Path dir) throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve(StoreOpener.DATABASE_NAME) + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            List<String> versions = new java.util.ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            return versions;
        }
    }

    @Test
    void theQuickLookAtAnUpToDateStoreKnowsTheLastMigrationScript() throws Exception {
        List<String> versions = mainVersions();
        assertEquals(String.valueOf(StoreOpener.SCHEMA_VERSION), versions.getLast(),
                "a new migration script needs StoreOpener.SCHEMA_VERSION raised, or every start runs Flyway's look");
    }

    @Test
    void aStoreWhoseUpdateFailedIsNotOpenedAsIfItWereUpToDate() throws Exception {
        new StoreOpener().open(dataDir).close();
        String url = "jdbc:h2:file:" + dataDir.resolve(StoreOpener.DATABASE_NAME) + ";IFEXISTS=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().executeUpdate("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '"
                    + StoreOpener.SCHEMA_VERSION + "'");
        }
        StoreException refused = assertThrows(StoreException.class, () -> new StoreOpener().open(dataDir));
        assertEquals(StoreException.Reason.CANNOT_UPDATE, refused.reason());
    }

    @Test
    void aStoreFromANewerVersionIsNotOpenedByAnOlderOne() throws Exception {
        StoreOpener newerRelease = new StoreOpener(List.of(StoreOpener.MAIN_MIGRATIONS, "classpath:db/later-migration"));
        newerRelease.open(dataDir).close();
        StoreException refused = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class,
                () -> new StoreOpener().open(dataDir));
        assertEquals(StoreException.Reason.CANNOT_UPDATE, refused.reason());
        newerRelease.open(dataDir).close(); // and the newer version still opens it
    }
}
