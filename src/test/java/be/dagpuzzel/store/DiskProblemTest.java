package be.dagpuzzel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;

import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.store.jooq.Tables;
import be.dagpuzzel.testing.Unwritable;

/** Failures told apart by their chain of causes, as H2, jOOQ and java.nio really build them. */
class DiskProblemTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    @Test
    void aCommitOnAFullDiskIsAFullDisk() throws Exception {
        try (Store store = FullDisk.open(dataDir)) {
            FullDisk.fill(dataDir);
            try {
                RuntimeException failed = assertThrows(RuntimeException.class, () -> store.transaction(dsl ->
                        dsl.insertInto(Tables.CENTRE).set(Tables.CENTRE.NAME, "De Linde").execute()));
                assertEquals(Optional.of(DiskProblem.FULL), DiskProblem.of(failed));
            } finally {
                FullDisk.free(dataDir);
            }
        }
    }

    @Test
    void afterAFullDiskH2HasClosedTheDatabaseAndSaysWhyInItsCauses() throws Exception {
        new StoreOpener().open(dataDir).close();
        JdbcConnectionPool pool = JdbcConnectionPool.create(FullDisk.url(dataDir), "sa", "");
        try {
            Connection first = pool.getConnection();
            Connection second = pool.getConnection();
            first.close();
            second.close(); // two idle in the pool, as in the app: one for the edit, one left
            try (Connection c = pool.getConnection()) {
                FullDisk.fill(dataDir);
                c.setAutoCommit(false);
                c.createStatement().execute("INSERT INTO centre(name) VALUES ('De Linde')");
                SQLException commit = assertThrows(SQLException.class, c::commit);
                assertEquals(50000, commit.getErrorCode(), "H2's general error around the write that failed");
                assertEquals(Optional.of(DiskProblem.FULL), DiskProblem.of(commit));
            } catch (SQLException closing) {
                // closing a connection to a database H2 has closed may fail too
            }
            // the idle connection belongs to the closed database (a new one would open the file again)
            SQLException closed = assertThrows(SQLException.class, pool::getConnection);
            assertEquals(StoreConnections.H2_DATABASE_CLOSED, closed.getErrorCode());
            assertEquals(Optional.of(DiskProblem.FULL), DiskProblem.of(closed));
        } finally {
            FullDisk.free(dataDir);
            pool.dispose();
        }
    }

    @Test
    void anEditOnAStoreH2OpenedReadOnlyIsReadOnly() throws Exception {
        new StoreOpener().open(dataDir).close();
        // what H2 does by itself with a store file it may not write: it opens it read-only
        String url = "jdbc:h2:file:" + dataDir.resolve(StoreOpener.DATABASE_NAME) + ";ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> c.createStatement().execute("INSERT INTO centre(name) VALUES ('De Linde')"));
            assertEquals(DiskProblem.H2_DATABASE_IS_READ_ONLY, refused.getErrorCode());
            assertEquals(Optional.of(DiskProblem.READ_ONLY), DiskProblem.of(new IllegalStateException("save", refused)));
        }
    }

    @Test
    void aBackupIntoAFolderThatMayNotBeWrittenIsReadOnly() throws Exception {
        try (Store store = new StoreOpener().open(dataDir); Unwritable usb = Unwritable.make(elsewhere)) {
            Exception failed = assertThrows(Exception.class,
                    () -> new Backups(dataDir, java.time.Clock.systemDefaultZone()).backupTo(store, elsewhere));
            assertEquals(Optional.of(DiskProblem.READ_ONLY), DiskProblem.of(failed));
        }
    }

    @Test
    void theOperatingSystemsWordsAsTheJdkWrapsThem() {
        String file = "/media/usb/dagpuzzel.zip";
        // UnixException.translateToIOException: EACCES, EROFS and ENOSPC
        assertEquals(Optional.of(DiskProblem.READ_ONLY), DiskProblem.of(new AccessDeniedException(file)));
        assertEquals(Optional.of(DiskProblem.READ_ONLY),
                DiskProblem.of(new FileSystemException(file, null, "Read-only file system")));
        assertEquals(Optional.of(DiskProblem.READ_ONLY),
                DiskProblem.of(new FileSystemException(file, null, "Operation not permitted")));
        assertEquals(Optional.of(DiskProblem.FULL),
                DiskProblem.of(new FileSystemException(file, null, "No space left on device")));
        // java.io streams, and the same in Dutch as Linux and Windows give it on a Dutch system
        assertEquals(Optional.of(DiskProblem.READ_ONLY),
                DiskProblem.of(new FileNotFoundException(file + " (Permission denied)")));
        assertEquals(Optional.of(DiskProblem.FULL), DiskProblem.of(new IOException("Geen ruimte meer over op apparaat")));
        assertEquals(Optional.of(DiskProblem.FULL), DiskProblem.of(new IOException("Er is onvoldoende ruimte op de schijf")));
        assertEquals(Optional.of(DiskProblem.FULL), DiskProblem.of(new IOException("Disk quota exceeded")));
    }

    @Test
    void otherFailuresAreNotDiskProblems() throws Exception {
        assertEquals(Optional.empty(), DiskProblem.of(new ValidationException(java.util.List.of(
                new FieldError("name", "validation.required", java.util.List.of())))));
        assertEquals(Optional.empty(), DiskProblem.of(new NoSuchFileException("/media/usb/gone.json")));
        assertEquals(Optional.empty(), DiskProblem.of(new IOException("Connection reset")));
        assertEquals(Optional.empty(), DiskProblem.of(new IOException("x.json is a folder; give a file name"), elsewhere),
                "a disk with room left does not make every failure a full disk");
        try (Store store = new StoreOpener().open(dataDir)) {
            RuntimeException tooLong = assertThrows(RuntimeException.class, () -> store.transaction(dsl ->
                    dsl.insertInto(Tables.CENTRE).set(Tables.CENTRE.NAME, "x".repeat(10_000)).execute()));
            assertEquals(Optional.empty(), DiskProblem.of(tooLong));
        }
        IllegalStateException first = new IllegalStateException("one");
        IllegalStateException second = new IllegalStateException("two", first);
        first.initCause(second); // a chain that goes round must not hang
        assertEquals(Optional.empty(), DiskProblem.of(second));
    }
}
