package be.dagpuzzel.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The store's connections: H2's pool on the database file, opened again when H2 has closed the
 * database after a failed write. H2 does that when the disk is full (it cannot tell what is on
 * disk any more, so it stops); opening the file again reads the last complete commit, without
 * the change that failed. So once the user has freed space, her next edit works without a
 * restart, and while the disk is still full the next edit fails again with the same reason.
 */
final class StoreConnections implements DataSource {

    private static final Logger LOG = Logger.getLogger(StoreConnections.class.getName());
    /** H2's "The database has been closed" (ErrorCode.DATABASE_CALLED_AT_SHUTDOWN). */
    static final int H2_DATABASE_CLOSED = 90098;
    private static final int MAX_CONNECTIONS = 8;

    private final String url;
    private final String password;
    private volatile JdbcConnectionPool pool;
    private volatile boolean closed;

    StoreConnections(String url, String password, JdbcConnectionPool pool) {
        this.url = url;
        this.password = password;
        this.pool = pool;
    }

    /** A pool on {@code url} as the store uses it. */
    static JdbcConnectionPool pool(String url, String password) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", password);
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        JdbcConnectionPool current = pool;
        try {
            return current.getConnection();
        } catch (SQLException e) {
            // only a database H2 closed after a failed write to a full or read-only disk is opened
            // again: a database closed for any other reason (the JVM ending on SIGTERM, with the
            // shutdown hook closing the store) must stay closed, or a late write reopens it and a
            // confirmed edit can be lost (RandomKillTest)
            if (closed || e.getErrorCode() != H2_DATABASE_CLOSED || DiskProblem.of(e).isEmpty()) {
                throw e;
            }
            LOG.warning(() -> "H2 closed the database after a failed write (" + DiskProblem.of(e).map(Enum::name)
                    .orElse(String.valueOf(e.getCause())) + "); opening it again");
            return reopen(current).getConnection();
        }
    }

    private synchronized JdbcConnectionPool reopen(JdbcConnectionPool broken) {
        if (pool == broken && !closed) {
            broken.dispose();
            pool = pool(url, password);
        }
        return pool;
    }

    /** Closes every connection, which closes the database file. */
    synchronized void close() {
        closed = true;
        pool.dispose();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
