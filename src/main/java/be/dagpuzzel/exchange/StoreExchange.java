package be.dagpuzzel.exchange;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.logging.Logger;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;

import org.flywaydb.core.api.MigrationVersion;
import org.jooq.Check;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

import be.dagpuzzel.exchange.ExchangeSchema.Column;
import be.dagpuzzel.exchange.ExchangeSchema.Reference;
import be.dagpuzzel.exchange.ExchangeSchema.TableInfo;
import be.dagpuzzel.store.SeedRows;
import be.dagpuzzel.store.Store;

/**
 * Export and import of everything in a store as one JSON document:
 * <pre>
 * {"format": "dagpuzzel-export", "formatVersion": 1, "schemaVersion": 3, "exportedAt": "2026-11-27T08:05:00+01:00",
 *  "tables": {"absence": [{"id": 1, "staff_id": 4, ...}, ...], ...}}
 * </pre>
 * Every table of the schema is in it (Flyway's history aside), by name, rows ordered by primary
 * key, columns in the table's order, pretty printed in UTF-8 with "\n" line ends: two exports of
 * the same data are the same file apart from {@code exportedAt}.
 * <p>
 * An import goes only into an empty store: one that holds nothing but the rows its migrations
 * seed (the standard skills and task types). Those seeded rows are replaced by the file's own
 * (which has them too, as the user left them) in the same transaction. The whole file is checked
 * before anything is written; the rows then go in, in one transaction: all of them or none.
 */
public final class StoreExchange {

    public static final String FORMAT = "dagpuzzel-export";
    public static final int FORMAT_VERSION = 1;

    private static final Logger LOG = Logger.getLogger(StoreExchange.class.getName());
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Store store;
    private final Clock clock;
    private final ExchangeSchema schema;

    public StoreExchange(Store store, Clock clock) {
        this(store, clock, ExchangeSchema.current());
    }

    StoreExchange(Store store, Clock clock, ExchangeSchema schema) {
        this.store = store;
        this.clock = clock;
        this.schema = schema;
    }

    /** The names of the tables an export holds, in the order it holds them. */
    public List<String> tableNames() {
        return schema.tableNames();
    }

    /** The store's data version: the newest migration applied to it ("3"). */
    public String schemaVersion() {
        return schemaVersion(store.dsl());
    }

    private static String schemaVersion(DSLContext dsl) {
        // Flyway keeps its table and columns in lower case, quoted
        List<String> versions = dsl.fetch("SELECT \"version\" FROM \"flyway_schema_history\""
                + " WHERE \"success\" AND \"version\" IS NOT NULL").getValues(0, String.class);
        return versions.stream().map(MigrationVersion::fromVersion).max(MigrationVersion::compareTo)
                .map(MigrationVersion::getVersion).orElse("0");
    }

    // ---------------------------------------------------------------- export

    /**
     * Writes the export to {@code file} (a folder that does not exist yet is made), through a
     * {@code .part} file so that a failure never leaves half an export under the real name.
     * Returns the file written.
     */
    public Path exportTo(Path file, DoubleConsumer progress) throws IOException {
        Path target = be.dagpuzzel.core.AtomicFile.write(file, out -> export(out, progress));
        LOG.info(() -> "Export written to " + target);
        return target;
    }

    /**
     * Writes the export to {@code out} (left open). All tables are read in one snapshot, so an edit
     * saved meanwhile is either wholly in the export or not at all.
     */
    public void export(OutputStream out, DoubleConsumer progress) throws IOException {
        JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(prettyPrinter());
        String exportedAt = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        inSnapshot(dsl -> {
            try {
                json.writeStartObject();
                json.writeStringField("format", FORMAT);
                json.writeNumberField("formatVersion", FORMAT_VERSION);
                String version = schemaVersion(dsl);
                json.writeFieldName("schemaVersion");
                if (version.matches("\\d{1,9}")) {
                    json.writeNumber(Integer.parseInt(version));
                } else {
                    json.writeString(version);
                }
                json.writeStringField("exportedAt", exportedAt);
                json.writeObjectFieldStart("tables");
                int done = 0;
                for (TableInfo table : schema.tables()) {
                    writeTable(dsl, json, table);
                    progress.accept(++done / (double) schema.tables().size());
                }
                json.writeEndObject();
                json.writeEndObject();
                json.writeRaw('\n');
                json.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void writeTable(DSLContext dsl, JsonGenerator json, TableInfo table) throws IOException {
        List<SortField<?>> order = table.orderColumns().stream().<SortField<?>>map(c -> c.field().asc()).toList();
        json.writeArrayFieldStart(table.name);
        for (Record record : dsl.selectFrom(table.table).orderBy(order).fetch()) {
            json.writeStartObject();
            for (Column column : table.columns) {
                json.writeFieldName(column.name());
                column.kind().write(json, record.get(column.field()));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** Two spaces, "key": value, and "\n" on every system, so the file is the same everywhere. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /** Runs {@code work} on one connection in a read-only transaction that sees one moment of the store. */
    private void inSnapshot(java.util.function.Consumer<DSLContext> work) throws IOException {
        var provider = store.dsl().configuration().connectionProvider();
        Connection connection = provider.acquire();
        try {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            // SERIALIZABLE: in H2 (and PostgreSQL) a snapshot taken at the first read; writers are not blocked
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            try {
                work.accept(DSL.using(connection, store.dsl().dialect(), store.dsl().settings()));
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (SQLException e) {
            throw new DataAccessException("Reading the store for the export failed", e);
        } finally {
            provider.release(connection);
        }
    }

    // ---------------------------------------------------------------- import

    /** Whether the store holds nothing but the rows its migrations seed, so an import may go in. */
    public boolean isEmpty() {
        return firstTableWithData(store.dsl()).isEmpty();
    }

    private Optional<Map.Entry<TableInfo, Integer>> firstTableWithData(DSLContext dsl) {
        Map<String, Long> seeded = SeedRows.counts();
        for (TableInfo table : schema.tables()) {
            int rows = dsl.fetchCount(table.table);
            if (rows != seeded.getOrDefault(table.table.getName().toUpperCase(Locale.ROOT), 0L)) {
                return Optional.of(Map.entry(table, rows));
            }
        }
        return Optional.empty();
    }

    /** Imports {@code file}; see {@link #importFrom(InputStream, DoubleConsumer)}. */
    public int importFrom(Path file, DoubleConsumer progress) throws ImportException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return importFrom(in, progress);
        } catch (IOException e) {
            throw ImportException.of("", "import.problem.unreadable", String.valueOf(e.getMessage()));
        }
    }

    /**
     * Imports an export into this empty store; returns the number of rows imported. Refuses, with
     * every problem found and nothing changed, a file that is not an export of this data version,
     * holds anything that does not fit the tables, or a store that is not empty.
     */
    public int importFrom(InputStream in, DoubleConsumer progress) throws ImportException {
        refuseIfNotEmpty(store.dsl());
        progress.accept(0.05);
        ImportReader.Content content = new ImportReader(schema, schemaVersion()).read(in);
        progress.accept(0.2);
        try {
            // the file's rows are copies, its own audit trail among them: no trail of the import itself
            be.dagpuzzel.store.AuditTrigger.withoutTrail(() -> store.transaction(dsl -> write(dsl, content, progress)));
        } catch (Refused refused) {
            throw refused.exception;
        }
        progress.accept(1);
        LOG.info(() -> "Imported " + content.rowCount() + " rows");
        return content.rowCount();
    }

    private void refuseIfNotEmpty(DSLContext dsl) throws ImportException {
        var filled = firstTableWithData(dsl);
        if (filled.isPresent()) {
            throw ImportException.of("", "import.problem.notEmpty", filled.get().getKey().name,
                    String.valueOf(filled.get().getValue()));
        }
    }

    /** An import refused while writing; unchecked so it can leave the transaction, which it rolls back. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ImportException exception;

        Refused(ImportException exception) {
            super(exception.getMessage(), null, false, false);
            this.exception = exception;
        }
    }

    private void write(DSLContext dsl, ImportReader.Content content, DoubleConsumer progress) {
        try {
            refuseIfNotEmpty(dsl); // again, inside the transaction
        } catch (ImportException e) {
            throw new Refused(e);
        }
        List<TableInfo> order = schema.insertOrder();
        for (TableInfo table : order.reversed()) {
            dsl.deleteFrom(table.table).execute(); // only seeded rows: the store is empty
        }
        int total = Math.max(1, content.rowCount());
        int done = 0;
        for (TableInfo table : order) {
            for (ImportReader.Row row : content.rows().getOrDefault(table, List.of())) {
                Map<Field<?>, Object> values = new LinkedHashMap<>();
                row.values().forEach((column, value) -> values.put(column.field(), value));
                for (Reference reference : table.references) {
                    if (schema.isDeferred(reference)) {
                        reference.columns().forEach(c -> values.computeIfPresent(c.field(), (f, v) -> null));
                    }
                }
                try {
                    dsl.insertInto(table.table).set(values).execute();
                } catch (DataAccessException e) {
                    if (be.dagpuzzel.store.DiskProblem.of(e).isPresent()) {
                        throw e; // not the row's fault: said as a full disk or a read-only folder
                    }
                    throw new Refused(translate(e, table, row));
                }
                if (++done % 200 == 0) {
                    progress.accept(0.2 + 0.75 * done / total);
                }
            }
        }
        for (TableInfo table : order) {
            List<Reference> deferred = table.references.stream().filter(schema::isDeferred).toList();
            if (!deferred.isEmpty()) {
                fillDeferred(dsl, table, deferred, content.rows().getOrDefault(table, List.of()));
            }
        }
        // Last: H2 does not undo a restart on rollback, so nothing may fail after it
        for (TableInfo table : order) {
            table.identity.ifPresent(identity -> restart(dsl, table, identity, content.rows().getOrDefault(table, List.of())));
        }
    }

    /** Sets the references held back at insert (a coach who is a staff member too). */
    private void fillDeferred(DSLContext dsl, TableInfo table, List<Reference> deferred, List<ImportReader.Row> rows) {
        for (ImportReader.Row row : rows) {
            Map<Field<?>, Object> values = new LinkedHashMap<>();
            for (Reference reference : deferred) {
                reference.columns().forEach(c -> {
                    if (row.values().get(c) != null) {
                        values.put(c.field(), row.values().get(c));
                    }
                });
            }
            if (values.isEmpty()) {
                continue;
            }
            List<Condition> key = new ArrayList<>();
            for (Column c : table.primaryKey.columns()) {
                @SuppressWarnings("unchecked")
                Field<Object> field = (Field<Object>) c.field();
                key.add(field.eq(row.values().get(c)));
            }
            try {
                dsl.update(table.table).set(values).where(key).execute();
            } catch (DataAccessException e) {
                if (be.dagpuzzel.store.DiskProblem.of(e).isPresent()) {
                    throw e;
                }
                throw new Refused(translate(e, table, row));
            }
        }
    }

    /** New rows continue after the highest imported id, so they never take one that is in use. */
    private static void restart(DSLContext dsl, TableInfo table, Column identity, List<ImportReader.Row> rows) {
        long next = 1 + rows.stream().map(r -> r.values().get(identity)).filter(Number.class::isInstance)
                .mapToLong(v -> ((Number) v).longValue()).max().orElse(0);
        dsl.execute("ALTER TABLE {0} ALTER COLUMN {1} RESTART WITH {2}", table.table,
                DSL.name(identity.field().getName()), DSL.inline(next));
    }

    /** The database's refusal of one row, told as a problem at that row. */
    private static ImportException translate(DataAccessException e, TableInfo table, ImportReader.Row row) {
        String place = "tables." + table.name + "[" + row.index() + "]";
        SQLException sql = e.getCause(SQLException.class);
        String state = sql != null ? sql.getSQLState() : e.sqlState();
        String text = String.valueOf(sql != null ? sql.getMessage() : e.getMessage());
        LOG.info(() -> "Import refused by the database at " + place + ": " + text);
        if ("23513".equals(state) || "23514".equals(state)) { // H2's and the standard check violation
            String upper = text.toUpperCase(Locale.ROOT);
            for (Check<?> check : table.checks) {
                if (upper.contains(check.getName().toUpperCase(Locale.ROOT))) {
                    return ImportException.of(place, "import.problem.check", ExchangeSchema.jsonName(check.getName()),
                            table.name, ruleText(check));
                }
            }
        }
        return ImportException.of(place, "import.problem.rejected", firstLine(text));
    }

    /** A check's condition as readable text: "(end_date is null) or (end_date >= start_date)". */
    static String ruleText(Check<?> check) {
        String text = check.condition().toString().replace("\"", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).strip();
        while (text.startsWith("(") && text.endsWith(")") && enclosedWhole(text)) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text;
    }

    /** Whether the first parenthesis closes at the very end: "(a) or (b)" is not enclosed, "((a) or (b))" is. */
    private static boolean enclosedWhole(String text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
            if (depth == 0) {
                return i == text.length() - 1;
            }
        }
        return false;
    }

    private static String firstLine(String text) {
        int end = text.indexOf("; SQL statement");
        String line = end >= 0 ? text.substring(0, end) : text;
        int newline = line.indexOf('\n');
        return (newline >= 0 ? line.substring(0, newline) : line).strip();
    }
}
