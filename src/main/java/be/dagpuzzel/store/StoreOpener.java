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
        this.migrationLocations = List.copyOf(migrationLocations);
    }

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
        InstanceLock lock = InstanceLock.acquire(dir);
        try {
            StoreEncryption.removeLeftovers(dir);
            Path file = dir.resolve(DATABASE_FILE);
            boolean existed = Files.exists(file);
            boolean encrypted = existed ? StoreEncryption.isEncryptedFile(file) : password.isPresent();
            String url = StoreEncryption.url(file, encrypted, ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
            String jdbcPassword = StoreEncryption.jdbcPassword(file, encrypted, password);
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", jdbcPassword);
            pool.setMaxConnections(8);
            if (encrypted) {
                try (java.sql.Connection first = pool.getConnection()) {
                    LOG.fine("Encrypted store opened");
                } catch (java.sql.SQLException e) {
                    pool.dispose();
                    throw StoreEncryption.openFailure(file, e);
                }
            }
            // one look at the schema on the pool the app keeps: the usual start (nothing to migrate)
            // opens the file once and runs no migration step at all
            MigrationInfo current;
            int pending;
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
                throw new StoreException(StoreException.Reason.DAMAGED, dir.resolve(DATABASE_FILE).toString(),
                        "The data file " + dir.resolve(DATABASE_FILE) + " is damaged or is not a Dagpuzzel store.", e);
            }
            Path backup = null;
            if (pending > 0) {
                if (existed && current != null) {
                    pool.dispose(); // H2 closes the file, so the copy is consistent
                    backup = copyBeforeMigrations(dir, current, pending);
                    pool = JdbcConnectionPool.create(url, "sa", jdbcPassword);
                    pool.setMaxConnections(8);
                }
                try {
                    flyway(pool).migrate();
                } catch (RuntimeException e) {
                    pool.dispose();
                    throw new StoreException(StoreException.Reason.CANNOT_UPDATE, dir.toString(),
                            "The data in " + dir + " could not be updated for this version of Dagpuzzel.", e);
                }
            }
            Settings settings = new Settings()
                    .withRenderQuotedNames(RenderQuotedNames.NEVER)
                    .withReturnAllOnUpdatableRecord(true)
                    .withExecuteLogging(false);
            DSLContext dsl = DSL.using(pool, SQLDialect.H2, settings);
            LOG.info(() -> "Store open in " + dir);
            return new Store(dir, pool, dsl, lock, backup, encrypted ? password.orElseThrow() : null);
        } catch (StoreException | RuntimeException e) {
            lock.close();
            throw e;
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
            throw new StoreException(StoreException.Reason.COPY_BEFORE_UPDATE, backup.toString(),
                    "Could not copy the store before updating it (" + backup + "): " + e.getMessage(), e);
        }
        LOG.log(Level.INFO, "Copied the store to {0} before {1} pending migration(s)", new Object[] {backup, pending});
        return backup;
    }
}
