package be.dagpuzzel.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * Opens the store in a data folder: takes the instance lock, copies the database file when
 * migrations are pending on an existing store, runs the Flyway migrations and hands out a
 * ready {@link Store}. Runs off the FX thread.
 */
public final class StoreOpener {

    /** The database file name without H2's ".mv.db" ending. */
    public static final String DATABASE_NAME = "dagpuzzel";
    public static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";
    public static final String MAIN_MIGRATIONS = "classpath:db/migration";
    /**
     * The highest migration script in {@code db/migration} ({@code V7__progress.sql}); a test
     * compares it with the scripts, so a new one cannot be forgotten here.
     */
    static final int SCHEMA_VERSION = 7;

    private static final Logger LOG = Logger.getLogger(StoreOpener.class.getName());
    private static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    static {
        // jOOQ prints a banner and "tips" at first use; they only clutter the user's log file.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final List<String> migrationLocations;

    public StoreOpener() {
        this(List.of(MAIN_MIGRATIONS));
    }

    /** With other migration locations (tests add a later migration to see the backup taken). */
    public StoreOpener(List<String> migrationLocations) {
        this(migrationLocations, "file:");
    }

    /**
     * With H2's file system named by {@code fileSystem} ("file:" for the disk); tests use a
     * wrapped one that can run out of space.
     */
    StoreOpener(List<String> migrationLocations, String fileSystem) {
        this.migrationLocations = List.copyOf(migrationLocations);
        this.fileSystem = fileSystem;
    }

    private final String fileSystem;

    /** Opens a store that is not encrypted (or creates one that is not). */
    public Store open(Path dataDir) throws StoreException {
        return open(dataDir, Optional.empty());
    }

    /**
     * Opens the store with {@code password}: an existing file is opened as it is (encrypted or not,
     * seen from its first bytes; a password given for a plain file is not used), a new one is created
     * encrypted when a password is given. An encrypted file without a password throws
     * {@code PASSWORD_NEEDED}, before the database is touched; a wrong password {@code WRONG_PASSWORD}.
     */
    public Store open(Path dataDir, Optional<StorePassword> password) throws StoreException {
        Path dir = dataDir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.FOLDER, dir.toString(),
                    "Cannot create the data folder " + dir + ": " + e.getMessage(), e);
        }
        checkWritable(dir);
        InstanceLock lock = InstanceLock.acquire(dir);
        try {
            StoreEncryption.removeLeftovers(dir);
            Path file = dir.resolve(DATABASE_FILE);
            boolean existed = Files.exists(file);
            boolean encrypted = existed ? StoreEncryption.isEncryptedFile(file) : password.isPresent();
            String url = StoreEncryption.url(fileSystem, file, encrypted, ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
            String jdbcPassword = StoreEncryption.jdbcPassword(file, encrypted, password);
            JdbcConnectionPool pool = StoreConnections.pool(url, jdbcPassword);
            if (encrypted) {
                try (java.sql.Connection first = pool.getConnection()) {
                    LOG.fine("Encrypted store opened");
                } catch (java.sql.SQLException e) {
                    pool.dispose();
                    throw StoreEncryption.openFailure(file, e);
                }
            }
            // one look at the schema on the pool the app keeps. The usual start (a store this version
            // already brought up to date) is one small query and no Flyway at all: its look, a scan
            // of the scripts, took ~140 ms of a cold start. Anything else is Flyway's to judge.
            MigrationInfo current = null;
            int pending = 0;
            if (!isUpToDate(pool)) {
                try {
                    MigrationInfoService info = flyway(pool).info();
                    current = info.current();
                    pending = info.pending().length;
                    boolean newerOrBroken = java.util.Arrays.stream(info.all()).anyMatch(m ->
                            m.getState() == org.flywaydb.core.api.MigrationState.FUTURE_SUCCESS || m.getState().isFailed());
                    if (newerOrBroken) {
                        pool.dispose();
                        throw new StoreException(StoreException.Reason.CANNOT_UPDATE, dir.toString(),
                                "The data in " + dir + " was made by a newer version of Dagpuzzel or its update failed.",
                                null);
                    }
                } catch (RuntimeException e) {
                    pool.dispose();
                    throw StoreException.ofDiskProblem(e, dir, "opening the store").orElseGet(() -> new StoreException(
                            StoreException.Reason.DAMAGED, dir.resolve(DATABASE_FILE).toString(),
                            "The data file " + dir.resolve(DATABASE_FILE) + " is damaged or is not a Dagpuzzel store.", e));
                }
            }
            refuseReadOnlyFile(pool, dir);
            Path backup = null;
            if (pending > 0) {
                if (existed && current != null) {
                    pool.dispose(); // H2 closes the file, so the copy is consistent
                    backup = copyBeforeMigrations(dir, current, pending);
                    pool = StoreConnections.pool(url, jdbcPassword);
                }
                try {
                    flyway(pool).migrate();
                } catch (RuntimeException e) {
                    pool.dispose();
                    throw StoreException.ofDiskProblem(e, dir, "updating the store").orElseGet(() -> new StoreException(
                            StoreException.Reason.CANNOT_UPDATE, dir.toString(),
                            "The data in " + dir + " could not be updated for this version of Dagpuzzel.", e));
                }
            }
            Settings settings = new Settings()
                    .withRenderQuotedNames(RenderQuotedNames.NEVER)
                    .withReturnAllOnUpdatableRecord(true)
                    .withExecuteLogging(false);
            StoreConnections connections = new StoreConnections(url, jdbcPassword, pool);
            DSLContext dsl = DSL.using(connections, SQLDialect.H2, settings);
            LOG.info(() -> "Store open in " + dir);
            return new Store(dir, connections, dsl, lock, backup, encrypted ? password.orElseThrow() : null);
        } catch (StoreException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Whether the store's schema history holds exactly the migrations of this version, each
     * successful: versions 1 to {@link #SCHEMA_VERSION}, nothing newer, nothing failed. Only for the
     * app's own migrations; anything else (a new store, other locations, an unusual history) is
     * left to Flyway.
     */
    private boolean isUpToDate(javax.sql.DataSource dataSource) {
        if (!migrationLocations.equals(List.of(MAIN_MIGRATIONS))) {
            return false;
        }
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rows = st.executeQuery(
                     "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
            java.util.Set<String> versions = new java.util.HashSet<>();
            while (rows.next()) {
                String version = rows.getString(1);
                if (version == null || !rows.getBoolean(2)) {
                    return false;
                }
                versions.add(version);
            }
            java.util.Set<String> expected = new java.util.HashSet<>();
            for (int v = 1; v <= SCHEMA_VERSION; v++) {
                expected.add(String.valueOf(v));
            }
            return versions.equals(expected);
        } catch (java.sql.SQLException e) {
            return false; // no history yet (a new store) or not ours: Flyway says what it is
        }
    }

    private Flyway flyway(javax.sql.DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(migrationLocations.toArray(String[]::new))
                .load();
    }

    /** Copies the database file next to itself before an existing store is migrated (the file is closed). */
    private Path copyBeforeMigrations(Path dir, MigrationInfo current, int pending) throws StoreException {
        Path file = dir.resolve(DATABASE_FILE);
        String version = current.getVersion() == null ? "0" : current.getVersion().getVersion();
        Path backup = dir.resolve(DATABASE_NAME + "-schema-v" + version + "-" + LocalDateTime.now().format(BACKUP_TIME) + ".mv.db");
        try {
            Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            deleteQuietly(backup); // half a copy is no copy
            throw StoreException.ofDiskProblem(e, dir, "copying the store before an update").orElseGet(() ->
                    new StoreException(StoreException.Reason.COPY_BEFORE_UPDATE, backup.toString(),
                            "Could not copy the store before updating it (" + backup + "): " + e.getMessage(), e));
        }
        LOG.log(Level.INFO, "Copied the store to {0} before {1} pending migration(s)", new Object[] {backup, pending});
        return backup;
    }

    /**
     * Refuses a data folder Dagpuzzel may not write in (or whose {@code backups/} it may not write
     * in): opening it would take the lock and then fail at the first edit, the daily backup or
     * the log. A file is made and removed to see it, as permissions, read-only mounts and locked
     * USB sticks all show only when writing.
     */
    static void checkWritable(Path dir) throws StoreException {
        Path backups = dir.resolve(Backups.FOLDER);
        for (Path folder : Files.isDirectory(backups) ? List.of(dir, backups) : List.of(dir)) {
            Path probe = null;
            try {
                probe = Files.createTempFile(folder, ".dagpuzzel-write-check", ".tmp");
            } catch (IOException e) {
                throw StoreException.ofDiskProblem(e, dir, "writing a file in " + folder).orElseGet(() ->
                        new StoreException(StoreException.Reason.FOLDER, dir.toString(),
                                "Cannot write in the data folder " + folder + ": " + e.getMessage(), e));
            } finally {
                deleteQuietly(probe);
            }
        }
    }

    /**
     * H2 opens a store file it may not write read-only without a word, and every edit would then
     * fail: refused here instead, before anything is shown.
     */
    private static void refuseReadOnlyFile(JdbcConnectionPool pool, Path dir) throws StoreException {
        boolean readOnly;
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT READONLY()")) {
            readOnly = rs.next() && rs.getBoolean(1);
        } catch (java.sql.SQLException e) {
            pool.dispose();
            throw new StoreException(StoreException.Reason.DAMAGED, dir.resolve(DATABASE_FILE).toString(),
                    "The data file " + dir.resolve(DATABASE_FILE) + " cannot be read: " + e.getMessage(), e);
        }
        if (readOnly) {
            pool.dispose();
            throw new StoreException(StoreException.Reason.READ_ONLY_FILE, dir.resolve(DATABASE_FILE).toString(),
                    "The data file " + dir.resolve(DATABASE_FILE) + " may not be written", null);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Could not remove " + file, e);
            }
        }
    }
}
