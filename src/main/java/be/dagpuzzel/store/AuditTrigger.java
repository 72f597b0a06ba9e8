package be.dagpuzzel.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.h2.api.Trigger;

/**
 * Writes the audit trail (table {@code audit_log}, migration V6) after an UPDATE or DELETE of a
 * table with personal data: one line per changed field with the old and new value, or one line
 * for a deleted record; who is the operating-system user. It runs inside the same transaction as
 * the change. Bookkeeping columns (created/updated times) are not logged.
 */
public final class AuditTrigger implements Trigger {

    private static final Set<String> NOT_LOGGED = Set.of("CREATED_AT", "UPDATED_AT");

    /** Set while an import writes rows that are not changes (it fills references after inserting). */
    private static final ThreadLocal<Boolean> SUSPENDED = ThreadLocal.withInitial(() -> false);

    /**
     * Runs {@code work} without writing a trail on this thread: for an import into an empty store,
     * whose rows (the trail of the exported store included) are copies, not changes. Embedded H2
     * runs triggers on the thread that executes the statement.
     */
    public static void withoutTrail(Runnable work) {
        boolean before = SUSPENDED.get();
        SUSPENDED.set(true);
        try {
            work.run();
        } finally {
            SUSPENDED.set(before);
        }
    }
    private static final int MAX = 4000;

    private String table;
    private final List<String> columns = new ArrayList<>();
    private int idColumn = -1;
    private int personColumn = -1;
    private String personKind;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) throws SQLException {
        table = tableName.toLowerCase(Locale.ROOT);
        try (ResultSet rs = conn.getMetaData().getColumns(null, schemaName, tableName, null)) {
            while (rs.next()) {
                columns.add(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
            }
        }
        idColumn = columns.indexOf("ID");
        switch (table) {
            case "staff_member" -> {
                personKind = "STAFF";
                personColumn = idColumn;
            }
            case "participant" -> {
                personKind = "PARTICIPANT";
                personColumn = idColumn;
            }
            case "participant_absence" -> {
                personKind = "PARTICIPANT";
                personColumn = columns.indexOf("PARTICIPANT_ID");
            }
            default -> {
                personKind = "STAFF";
                personColumn = columns.indexOf("STAFF_ID");
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        if (oldRow == null || personColumn < 0 || SUSPENDED.get()) {
            return;
        }
        Object person = oldRow[personColumn];
        if (!(person instanceof Number personId)) {
            return;
        }
        Long recordId = idColumn >= 0 && oldRow[idColumn] instanceof Number n ? n.longValue() : null;
        try (PreparedStatement insert = conn.prepareStatement("INSERT INTO audit_log (changed_at, os_user, table_name,"
                + " record_id, person_kind, person_id, field, old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Timestamp now = Timestamp.valueOf(LocalDateTime.now());
            String user = String.valueOf(System.getProperty("user.name", ""));
            if (newRow == null) {
                StringBuilder was = new StringBuilder();
                for (int i = 0; i < columns.size(); i++) {
                    if (!NOT_LOGGED.contains(columns.get(i)) && oldRow[i] != null) {
                        was.append(was.isEmpty() ? "" : "; ").append(columns.get(i).toLowerCase(Locale.ROOT)).append('=')
                                .append(oldRow[i]);
                    }
                }
                add(insert, now, user, recordId, personId.longValue(), "(deleted)", was.toString(), null);
            } else {
                for (int i = 0; i < columns.size(); i++) {
                    if (!NOT_LOGGED.contains(columns.get(i)) && !Objects.equals(text(oldRow[i]), text(newRow[i]))) {
                        add(insert, now, user, recordId, personId.longValue(), columns.get(i).toLowerCase(Locale.ROOT),
                                text(oldRow[i]), text(newRow[i]));
                    }
                }
            }
            insert.executeBatch();
        }
    }

    private void add(PreparedStatement insert, Timestamp now, String user, Long recordId, long personId, String field,
                     String oldValue, String newValue) throws SQLException {
        insert.setTimestamp(1, now);
        insert.setString(2, cut(user, 100));
        insert.setString(3, table);
        insert.setObject(4, recordId);
        insert.setString(5, personKind);
        insert.setLong(6, personId);
        insert.setString(7, field);
        insert.setString(8, cut(oldValue, MAX));
        insert.setString(9, cut(newValue, MAX));
        insert.addBatch();
    }

    /** Values as text; decimals without trailing zeros so 51.020000 and 51.02 are the same value. */
    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    @Override
    public void close() {
    }

    @Override
    public void remove() {
    }
}
