package be.dagpuzzel.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * What the migrations alone put into a store (the seeded skills and task types, for instance):
 * the row count of every table in a freshly migrated store. Learned once per run from a store in
 * memory, so a new migration that seeds rows needs no code here. The import uses it to tell an
 * empty store (only seeded rows) from one that holds the user's data.
 */
public final class SeedRows {

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static volatile Map<String, Long> counts;

    private SeedRows() {
    }

    /** Table name (upper case, as H2 keeps it) to the number of rows the migrations leave in it. */
    public static Map<String, Long> counts() {
        Map<String, Long> known = counts;
        if (known == null) {
            synchronized (SeedRows.class) {
                if (counts == null) {
                    counts = learn();
                }
                known = counts;
            }
        }
        return known;
    }

    private static Map<String, Long> learn() {
        JdbcDataSource source = new JdbcDataSource();
        // kept alive by the connection below only; gone when it closes
        source.setURL("jdbc:h2:mem:dagpuzzel-seed-" + NEXT.incrementAndGet());
        source.setUser("sa");
        try (Connection keepAlive = source.getConnection()) {
            Flyway.configure().dataSource(source).locations(StoreOpener.MAIN_MIGRATIONS).load().migrate();
            List<String> tables = new ArrayList<>();
            try (Statement s = keepAlive.createStatement();
                 ResultSet r = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                         + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            Map<String, Long> result = new TreeMap<>();
            for (String table : tables) {
                try (Statement s = keepAlive.createStatement();
                     ResultSet r = s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    r.next();
                    result.put(table.toUpperCase(Locale.ROOT), r.getLong(1));
                }
            }
            return Map.copyOf(result);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not learn what the migrations seed", e);
        }
    }
}
