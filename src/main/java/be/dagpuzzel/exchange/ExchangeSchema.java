package be.dagpuzzel.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.Check;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UniqueKey;

import be.dagpuzzel.store.jooq.DefaultSchema;

/**
 * The tables an export holds, read from the jOOQ classes generated from the migrations: every
 * table of the schema (Flyway's own history excepted), its columns with their value kinds, keys,
 * references and rules, and the order in which an import can insert them. A new migration needs
 * no code here.
 */
final class ExchangeSchema {

    /** One column: its JSON name, how its values are written, and whether a row must give it. */
    record Column(TableField<?, ?> field, String name, ValueKind kind, boolean nullable, boolean required) {
    }

    /** A unique key (the primary key or another one) as the columns it consists of. */
    record Key(String name, List<Column> columns) {
    }

    /** A reference from some columns of a table to a key of another (or the same) table. */
    record Reference(ForeignKey<?, ?> foreignKey, List<Column> columns, TableInfo target, Key targetKey) {
    }

    /** One table with everything the export and the import need to know about it. */
    static final class TableInfo {
        final Table<?> table;
        final String name;
        final List<Column> columns;
        final Map<String, Column> byName = new LinkedHashMap<>();
        Key primaryKey;
        final List<Key> uniqueKeys = new ArrayList<>();
        final List<Reference> references = new ArrayList<>();
        final List<Check<?>> checks;
        final Optional<Column> identity;

        TableInfo(Table<?> table) {
            this.table = table;
            this.name = jsonName(table.getName());
            UniqueKey<?> pk = table.getPrimaryKey();
            Set<String> pkNames = new HashSet<>();
            if (pk != null) {
                pk.getFields().forEach(f -> pkNames.add(f.getName()));
            }
            List<Column> cols = new ArrayList<>();
            for (Field<?> f : table.fields()) {
                TableField<?, ?> field = (TableField<?, ?>) f;
                var type = field.getDataType();
                boolean nullable = type.nullable();
                boolean required = pkNames.contains(field.getName())
                        || (!nullable && !type.defaulted() && !type.identity());
                ValueKind kind = ValueKind.of(field).orElseThrow(() -> new IllegalStateException(
                        "The export cannot write column " + table.getName() + "." + field.getName() + " of type "
                                + type.getTypeName() + ": teach ValueKind this type"));
                Column column = new Column(field, jsonName(field.getName()), kind, nullable, required);
                cols.add(column);
                byName.put(column.name(), column);
            }
            this.columns = List.copyOf(cols);
            this.checks = List.copyOf(table.getChecks());
            this.identity = table.getIdentity() == null ? Optional.empty()
                    : Optional.of(byName.get(jsonName(table.getIdentity().getField().getName())));
        }

        Key keyOf(UniqueKey<?> key) {
            return new Key(key.getName(), key.getFields().stream().map(f -> byName.get(jsonName(f.getName()))).toList());
        }

        /** The columns rows are ordered by: the primary key, or every column for a table without one. */
        List<Column> orderColumns() {
            return primaryKey != null ? primaryKey.columns() : columns;
        }
    }

    private static final String FLYWAY_HISTORY = "flyway_schema_history";
    private static final ExchangeSchema CURRENT = new ExchangeSchema(DefaultSchema.DEFAULT_SCHEMA.getTables());

    private final List<TableInfo> tables;
    private final Map<String, TableInfo> byName = new LinkedHashMap<>();
    private final List<TableInfo> insertOrder;
    private final Set<Reference> deferred = new HashSet<>();

    static ExchangeSchema current() {
        return CURRENT;
    }

    ExchangeSchema(List<? extends Table<?>> schemaTables) {
        List<TableInfo> all = new ArrayList<>();
        for (Table<?> t : schemaTables) {
            if (!t.getName().equalsIgnoreCase(FLYWAY_HISTORY)) {
                all.add(new TableInfo(t));
            }
        }
        all.sort(Comparator.comparing(t -> t.name));
        this.tables = List.copyOf(all);
        tables.forEach(t -> byName.put(t.name, t));
        for (TableInfo t : tables) {
            if (t.table.getPrimaryKey() != null) {
                t.primaryKey = t.keyOf(t.table.getPrimaryKey());
            }
            for (UniqueKey<?> key : t.table.getUniqueKeys()) {
                if (!key.isPrimary()) {
                    t.uniqueKeys.add(t.keyOf(key));
                }
            }
        }
        for (TableInfo t : tables) {
            for (ForeignKey<?, ?> fk : t.table.getReferences()) {
                TableInfo target = byName.get(jsonName(fk.getKey().getTable().getName()));
                List<Column> columns = fk.getFields().stream().map(f -> t.byName.get(jsonName(f.getName()))).toList();
                t.references.add(new Reference(fk, columns, target, target.keyOf(fk.getKey())));
            }
        }
        this.insertOrder = List.copyOf(orderForInsert());
    }

    static String jsonName(String sqlName) {
        return sqlName.toLowerCase(Locale.ROOT);
    }

    /** Every table, by name. */
    List<TableInfo> tables() {
        return tables;
    }

    List<String> tableNames() {
        return tables.stream().map(t -> t.name).toList();
    }

    Optional<TableInfo> table(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Parents before the tables that refer to them. */
    List<TableInfo> insertOrder() {
        return insertOrder;
    }

    /**
     * References that an import fills in after every row is in (the row is inserted with them
     * empty): a table referring to itself, such as a staff member's coach, and any reference that
     * closes a circle of tables.
     */
    boolean isDeferred(Reference reference) {
        return deferred.contains(reference);
    }

    /**
     * Kahn's algorithm over the references, by name for a stable order; when only tables in a
     * circle are left (a table referring to itself is the smallest circle), one nullable reference
     * inside it is deferred and the sorting goes on.
     */
    private List<TableInfo> orderForInsert() {
        List<TableInfo> placed = new ArrayList<>();
        Set<TableInfo> left = new java.util.LinkedHashSet<>(tables);
        while (!left.isEmpty()) {
            Optional<TableInfo> ready = left.stream()
                    .filter(t -> t.references.stream().allMatch(r -> deferred.contains(r) || !left.contains(r.target())))
                    .findFirst();
            if (ready.isPresent()) {
                placed.add(ready.get());
                left.remove(ready.get());
                continue;
            }
            Reference breakable = left.stream()
                    .flatMap(t -> t.references.stream().filter(r -> reaches(r.target(), t, left)))
                    .filter(r -> !deferred.contains(r))
                    .filter(r -> r.columns().stream().allMatch(Column::nullable))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("Tables refer to each other in a circle without a "
                            + "column that may stay empty; an import cannot order them: " + left.stream().map(t -> t.name).toList()));
            deferred.add(breakable);
        }
        return placed;
    }

    /** Whether {@code from} leads to {@code to} along references not deferred, among {@code among}: then the reference into {@code from} closes a circle. */
    private boolean reaches(TableInfo from, TableInfo to, Set<TableInfo> among) {
        Set<TableInfo> seen = new HashSet<>();
        List<TableInfo> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            TableInfo t = todo.removeLast();
            if (t == to) {
                return true;
            }
            if (seen.add(t)) {
                t.references.stream().filter(r -> !deferred.contains(r) && among.contains(r.target()))
                        .forEach(r -> todo.add(r.target()));
            }
        }
        return false;
    }
}
