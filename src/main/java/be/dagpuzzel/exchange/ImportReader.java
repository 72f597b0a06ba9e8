package be.dagpuzzel.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.exchange.ExchangeSchema.Column;
import be.dagpuzzel.exchange.ExchangeSchema.Key;
import be.dagpuzzel.exchange.ExchangeSchema.Reference;
import be.dagpuzzel.exchange.ExchangeSchema.TableInfo;

/**
 * Reads an export and checks all of it before anything is written, in steps: the JSON itself,
 * the header (format, format version, data version), then every table, row and value, then keys
 * and references within the file. Each step reports every problem it finds; a step runs only
 * when the ones before found none, so one mistake does not show up as a hundred.
 */
final class ImportReader {

    /** One row as read: its index in the file and the values it gives (columns it leaves out are absent). */
    record Row(int index, Map<Column, Object> values) {
    }

    /** Everything read from a file that passed every check, table by table. */
    record Content(Map<TableInfo, List<Row>> rows) {
        int rowCount() {
            return rows.values().stream().mapToInt(List::size).sum();
        }
    }

    static final int KEPT_PROBLEMS = 200;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();
    private static final Set<String> HEADER = Set.of("format", "formatVersion", "schemaVersion", "exportedAt", "tables");

    private final ExchangeSchema schema;
    private final String storeVersion;
    private final List<FieldError> problems = new ArrayList<>();
    private int more;

    ImportReader(ExchangeSchema schema, String storeVersion) {
        this.schema = schema;
        this.storeVersion = storeVersion;
    }

    Content read(InputStream in) throws ImportException {
        JsonNode root = parse(in);
        JsonNode tables = header(root);
        Map<TableInfo, List<Row>> rows = rows(tables);
        keys(rows);
        references(rows);
        return new Content(rows);
    }

    private JsonNode parse(InputStream in) throws ImportException {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            String line = at == null ? "?" : String.valueOf(at.getLineNr());
            String column = at == null ? "?" : String.valueOf(at.getColumnNr());
            String original = String.valueOf(e.getOriginalMessage());
            if (original.startsWith("Duplicate field '")) {
                String name = original.substring("Duplicate field '".length(), original.lastIndexOf('\''));
                throw ImportException.of("", "import.problem.jsonDuplicate", line, column, name);
            }
            throw ImportException.of("", "import.problem.json", line, column);
        } catch (IOException e) {
            throw ImportException.of("", "import.problem.unreadable", String.valueOf(e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw ImportException.of("", "import.problem.emptyFile");
        }
        return root;
    }

    /** Checks what the file is; returns its tables. Stops at the first step that is wrong: the rest would not make sense. */
    private JsonNode header(JsonNode root) throws ImportException {
        JsonNode format = root.isObject() ? root.get("format") : null;
        if (format == null || !format.isTextual() || !StoreExchange.FORMAT.equals(format.textValue())) {
            throw ImportException.of(root.isObject() && format != null ? "format" : "", "import.problem.notExport");
        }
        JsonNode formatVersion = root.get("formatVersion");
        if (formatVersion == null) {
            throw ImportException.of("formatVersion", "import.problem.missing");
        }
        if (!formatVersion.isIntegralNumber() || formatVersion.bigIntegerValue().signum() <= 0) {
            throw ImportException.of("formatVersion", "import.problem.formatVersionUnknown",
                    ValueKind.shown(formatVersion), String.valueOf(StoreExchange.FORMAT_VERSION));
        }
        if (formatVersion.bigIntegerValue().intValue() != StoreExchange.FORMAT_VERSION
                || formatVersion.bigIntegerValue().bitLength() > 31) {
            throw ImportException.of("formatVersion", "import.problem.formatVersionNewer",
                    formatVersion.bigIntegerValue().toString(), String.valueOf(StoreExchange.FORMAT_VERSION));
        }
        JsonNode schemaVersion = root.get("schemaVersion");
        if (schemaVersion == null) {
            throw ImportException.of("schemaVersion", "import.problem.missing");
        }
        String version = schemaVersion.isTextual() ? schemaVersion.textValue()
                : schemaVersion.isIntegralNumber() ? schemaVersion.bigIntegerValue().toString() : null;
        MigrationVersion theirs = null;
        if (version != null && version.matches("\\d{1,18}(\\.\\d{1,18})*")) { // Flyway would take "latest" too
            try {
                theirs = MigrationVersion.fromVersion(version);
            } catch (FlywayException | NumberFormatException e) {
                theirs = null;
            }
        }
        if (theirs == null) {
            throw ImportException.of("schemaVersion", "import.problem.notVersion", ValueKind.shown(schemaVersion));
        }
        int compared = theirs.compareTo(MigrationVersion.fromVersion(storeVersion));
        if (compared > 0) {
            throw ImportException.of("schemaVersion", "import.problem.schemaNewer", version, storeVersion);
        }
        if (compared < 0) {
            throw ImportException.of("schemaVersion", "import.problem.schemaOlder", version, storeVersion);
        }
        root.fieldNames().forEachRemaining(name -> {
            if (!HEADER.contains(name)) {
                problem(name, "import.problem.unknownField");
            }
        });
        JsonNode tables = root.get("tables");
        if (tables == null) {
            problem("tables", "import.problem.missing");
        } else if (!tables.isObject()) {
            problem("tables", "import.problem.notTables");
        }
        stopIfProblems();
        return tables;
    }

    private Map<TableInfo, List<Row>> rows(JsonNode tables) throws ImportException {
        Map<TableInfo, List<Row>> result = new LinkedHashMap<>();
        for (var entry : tables.properties()) {
            String path = "tables." + entry.getKey();
            var table = schema.table(entry.getKey());
            if (table.isEmpty()) {
                problem(path, "import.problem.unknownTable", entry.getKey());
                continue;
            }
            List<Row> rows = new ArrayList<>();
            result.put(table.get(), rows);
            JsonNode list = entry.getValue();
            if (!list.isArray()) {
                problem(path, "import.problem.notRows");
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                int index = i;
                row(table.get(), path + "[" + i + "]", list.get(i)).ifPresent(values -> rows.add(new Row(index, values)));
            }
        }
        for (TableInfo table : schema.tables()) {
            if (!result.containsKey(table)) {
                problem("tables." + table.name, "import.problem.missingTable");
            }
        }
        stopIfProblems();
        return result;
    }

    private java.util.Optional<Map<Column, Object>> row(TableInfo table, String path, JsonNode node) {
        if (!node.isObject()) {
            problem(path, "import.problem.notRow");
            return java.util.Optional.empty();
        }
        Map<Column, Object> values = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            String place = path + "." + entry.getKey();
            Column column = table.byName.get(entry.getKey());
            if (column == null) {
                problem(place, "import.problem.unknownColumn", table.name, entry.getKey());
                continue;
            }
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                if (column.nullable()) {
                    values.put(column, null);
                } else {
                    problem(place, "import.problem.null");
                }
                continue;
            }
            ValueKind.Read read = column.kind().read(value, column.field());
            if (read.failed()) {
                problem(place, read.problemKey(), read.arguments().toArray());
            } else {
                values.put(column, read.value());
            }
        }
        for (Column column : table.columns) {
            if (column.required() && !node.has(column.name())) {
                problem(path + "." + column.name(), "import.problem.missingColumn", table.name);
            }
        }
        return java.util.Optional.of(values);
    }

    /** No two rows of a table with the same primary key or the same value of a unique column. */
    private void keys(Map<TableInfo, List<Row>> rows) throws ImportException {
        for (var entry : rows.entrySet()) {
            TableInfo table = entry.getKey();
            List<Key> keys = new ArrayList<>();
            if (table.primaryKey != null) {
                keys.add(table.primaryKey);
            }
            keys.addAll(table.uniqueKeys);
            for (Key key : keys) {
                boolean primary = key == table.primaryKey;
                Map<List<Object>, Integer> seen = new HashMap<>();
                for (Row row : entry.getValue()) {
                    List<Object> tuple = tuple(row, key.columns());
                    if (tuple == null) {
                        continue;
                    }
                    Integer first = seen.putIfAbsent(tuple, row.index());
                    if (first != null) {
                        problem(rowPath(table, row), primary ? "import.problem.duplicateKey" : "import.problem.duplicateUnique",
                                keyText(row, key.columns()), rowPath(table, first));
                    }
                }
            }
        }
        stopIfProblems();
    }

    /** Every reference points at a row in the file (the store is empty, so there is nothing else to point at). */
    private void references(Map<TableInfo, List<Row>> rows) throws ImportException {
        Map<Key, Set<List<Object>>> targets = new HashMap<>();
        for (var entry : rows.entrySet()) {
            TableInfo table = entry.getKey();
            for (Reference reference : table.references) {
                Set<List<Object>> existing = targets.computeIfAbsent(reference.targetKey(), k -> {
                    Set<List<Object>> tuples = new HashSet<>();
                    for (Row target : rows.getOrDefault(reference.target(), List.of())) {
                        List<Object> tuple = tuple(target, k.columns());
                        if (tuple != null) {
                            tuples.add(tuple);
                        }
                    }
                    return tuples;
                });
                for (Row row : entry.getValue()) {
                    List<Object> tuple = tuple(row, reference.columns());
                    if (tuple != null && !existing.contains(tuple)) {
                        problem(rowPath(table, row) + "." + reference.columns().getFirst().name(),
                                "import.problem.unknownReference", reference.target().name,
                                valueText(row, reference.columns()));
                    }
                }
            }
        }
        stopIfProblems();
    }

    /** The key's values in a form that compares as the database does; null when a value is absent or null. */
    private static List<Object> tuple(Row row, List<Column> columns) {
        List<Object> tuple = new ArrayList<>(columns.size());
        for (Column column : columns) {
            Object value = row.values().get(column);
            if (value == null) {
                return null;
            }
            tuple.add(comparable(value));
        }
        return tuple;
    }

    private static Object comparable(Object value) {
        return switch (value) {
            case Byte b -> b.longValue();
            case Short s -> s.longValue();
            case Integer i -> i.longValue();
            case BigDecimal d -> d.stripTrailingZeros();
            case byte[] bytes -> ByteBuffer.wrap(bytes);
            default -> value;
        };
    }

    private static String keyText(Row row, List<Column> columns) {
        return columns.stream().map(c -> c.name() + " " + shown(row.values().get(c))).collect(Collectors.joining(", "));
    }

    private static String valueText(Row row, List<Column> columns) {
        if (columns.size() == 1) {
            return shown(row.values().get(columns.getFirst()));
        }
        return columns.stream().map(c -> shown(row.values().get(c))).collect(Collectors.joining(", ", "(", ")"));
    }

    private static String shown(Object value) {
        return value instanceof String text ? "“" + text + "”" : String.valueOf(value);
    }

    private static String rowPath(TableInfo table, Row row) {
        return rowPath(table, row.index());
    }

    private static String rowPath(TableInfo table, int index) {
        return "tables." + table.name + "[" + index + "]";
    }

    private void problem(String place, String key, Object... arguments) {
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(FieldError.of(place, key, arguments));
        } else {
            more++;
        }
    }

    private void stopIfProblems() throws ImportException {
        if (!problems.isEmpty()) {
            throw new ImportException(problems, more);
        }
    }
}
