package be.dagpuzzel.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jooq.DSLContext;

/**
 * The open local store of one centre: a connection pool on the H2 file, a jOOQ context for the
 * repositories, and the lock that keeps a second copy of the app away. Close it when the app ends.
 * Every write goes through {@link #transaction} or {@link #transactionResult}: all of it or none.
 * A write that fails because the disk is full is rolled back, and the store is usable again
 * once there is space (see {@link StoreConnections}); {@link DiskProblem} tells such failures apart.
 */
public final class Store implements AutoCloseable {

    private final Path dataDir;
    private final StoreConnections connections;
    private final DSLContext dsl;
    private final InstanceLock lock;
    private final Path migrationBackup;
    private final StorePassword password;

    Store(Path dataDir, StoreConnections connections, DSLContext dsl, InstanceLock lock, Path migrationBackup,
          StorePassword password) {
        this.password = password;
        this.dataDir = dataDir;
        this.connections = connections;
        this.dsl = dsl;
        this.lock = lock;
        this.migrationBackup = migrationBackup;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** For reads; writes use a transaction. */
    public DSLContext dsl() {
        return dsl;
    }

    public void transaction(Consumer<DSLContext> work) {
        dsl.transaction(configuration -> work.accept(configuration.dsl()));
    }

    public <T> T transactionResult(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    /**
     * Closes the store when the process is ended from outside (logging off, shutting down, a
     * terminal's kill): the JVM waits for this, so H2 finishes writing instead of being cut off
     * half-way while closing. Without it, an app ended this way lost its last edits (seen 3 times
     * in 3 after printing). A normal quit closes the store first; closing twice is harmless.
     */
    public void closeOnShutdown() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "dagpuzzel-store-close"));
    }

    /** Whether the store file is encrypted with a password. */
    public boolean encrypted() {
        return password != null;
    }

    /** Whether {@code typed} is the password the store was opened with (false when it has none). */
    public boolean passwordIs(String typed) {
        return password != null && password.matches(typed);
    }

    /** The password the store was opened with; empty when it is not encrypted. */
    Optional<StorePassword> password() {
        return Optional.ofNullable(password);
    }

    /** The copy taken before migrations ran at this start, if any ran. */
    public Optional<Path> migrationBackup() {
        return Optional.ofNullable(migrationBackup);
    }

    /**
     * Closes every connection, which closes the database file (an explicit SHUTDOWN first left
     * the pool with dead connections and H2 wrote an error trace file), then frees the lock.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        connections.close();
        lock.close();
    }

    /** Whether the store was closed (a restore or a password change closes it before reopening). */
    public synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Closes the database file but keeps the data folder's lock, for work on the closed file
     * (a conversion) that no second copy of the app may start in between; the caller closes the lock.
     */
    synchronized InstanceLock closeKeepingLock() {
        if (closed) {
            throw new IllegalStateException("The store is already closed");
        }
        closed = true;
        connections.close();
        return lock;
    }

    private boolean closed;
}
