package be.dagpuzzel.exchange.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.logging.Logger;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.ValidationException;

/**
 * A spreadsheet import: guesses which column holds what from the header, checks every row with
 * that mapping (the service's own validation, plus the same person twice in the file or already in
 * the store), and stores the rows only when all are valid or the user chose to take only the valid
 * ones, all of them in one transaction.
 */
public final class CsvImport<T> {

    private static final Logger LOG = Logger.getLogger(CsvImport.class.getName());

    private final CsvKind<T> kind;

    public CsvImport(CsvKind<T> kind) {
        this.kind = kind;
    }

    public CsvKind<T> kind() {
        return kind;
    }

    /** Each column's field as its header suggests ("Voornaam", "First name"); each field goes to one column at most. */
    public List<Optional<CsvField>> guess(List<String> header) {
        List<Optional<CsvField>> mapping = new ArrayList<>();
        Set<CsvField> used = new HashSet<>();
        for (String name : header) {
            String normalized = CsvField.normalize(name);
            Optional<CsvField> found = Optional.empty();
            for (CsvField field : kind.fields()) {
                if (!used.contains(field) && field.headers().contains(normalized)) {
                    found = Optional.of(field);
                    used.add(field);
                    break;
                }
            }
            mapping.add(found);
        }
        return mapping;
    }

    /** The mapping with {@code column} holding {@code field}; a column that held it before is ignored now. */
    public static List<Optional<CsvField>> withTarget(List<Optional<CsvField>> mapping, int column,
                                                      Optional<CsvField> field) {
        List<Optional<CsvField>> result = new ArrayList<>(mapping);
        if (field.isPresent()) {
            for (int i = 0; i < result.size(); i++) {
                if (result.get(i).equals(field)) {
                    result.set(i, Optional.empty());
                }
            }
        }
        result.set(column, field);
        return result;
    }

    /** Checks every row of {@code table}; {@code existing} are the keys of the people in the store. */
    public CsvCheck<T> check(CsvTable table, List<Optional<CsvField>> mapping, Map<String, String> existing,
                             DoubleConsumer progress) {
        Map<CsvField, Integer> columns = new HashMap<>();
        for (int i = 0; i < mapping.size(); i++) {
            int column = i;
            mapping.get(i).ifPresent(f -> columns.put(f, column));
        }
        List<CsvProblem> mappingProblems = new ArrayList<>();
        for (CsvField field : kind.fields()) {
            if (field.required() && !columns.containsKey(field)) {
                mappingProblems.add(CsvProblem.of(1, "", "csv.problem.noColumn", field));
            }
        }
        List<CsvCheck.Entry<T>> entries = new ArrayList<>();
        if (mappingProblems.isEmpty()) {
            Map<String, Integer> seen = new HashMap<>();
            int done = 0;
            for (CsvTable.Row row : table.rows()) {
                entries.add(checkRow(table, row, columns, existing, seen));
                if (++done % 100 == 0) {
                    progress.accept(done / (double) table.rows().size());
                }
            }
        }
        progress.accept(1);
        return new CsvCheck<>(table, mapping, mappingProblems, entries);
    }

    private CsvCheck.Entry<T> checkRow(CsvTable table, CsvTable.Row row, Map<CsvField, Integer> columns,
                                       Map<String, String> existing, Map<String, Integer> seen) {
        KindCells cells = new KindCells(row, columns);
        List<CsvProblem> problems = new ArrayList<>();
        for (Map.Entry<CsvField, Integer> e : columns.entrySet()) {
            int max = e.getKey().maxLength();
            if (max > 0 && row.cell(e.getValue()).strip().length() > max) {
                problems.add(new CsvProblem(row.line(), table.columnName(e.getValue()),
                        FieldError.of(e.getKey().name(), "validation.tooLong", max)));
            }
        }
        List<FieldError> unreadable = new ArrayList<>();
        T value = kind.read(cells, unreadable);
        for (FieldError error : unreadable) {
            Optional<CsvField> field = kind.fields().stream().filter(f -> f.name().equals(error.field()))
                    .<CsvField>map(f -> f).findFirst();
            problems.add(new CsvProblem(row.line(), column(table, columns, field), error));
        }
        Set<String> unreadableFields = new HashSet<>();
        unreadable.forEach(e -> unreadableFields.add(e.field()));
        try {
            kind.validate(value);
        } catch (ValidationException refused) {
            for (FieldError error : refused.errors()) {
                Optional<CsvField> field = kind.fieldOf(error.field());
                if (field.isEmpty() || !unreadableFields.contains(field.get().name())) {
                    problems.add(new CsvProblem(row.line(), column(table, columns, field), error));
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(p -> columnIndex(table, p.column())));
        if (problems.isEmpty()) {
            String key = kind.duplicateKey(value);
            Integer first = seen.putIfAbsent(key, row.line());
            if (first != null) {
                problems.add(CsvProblem.of(row.line(), "", "csv.problem.sameAsLine", kind.displayName(value), first));
            } else if (existing.containsKey(key)) {
                problems.add(CsvProblem.of(row.line(), "", "csv.problem.alreadyThere", existing.get(key)));
            }
        }
        return new CsvCheck.Entry<>(row.line(), problems.isEmpty() ? value : null, problems);
    }

    private static String column(CsvTable table, Map<CsvField, Integer> columns, Optional<CsvField> field) {
        return field.map(columns::get).map(table::columnName).orElse("");
    }

    private static int columnIndex(CsvTable table, String column) {
        for (int i = 0; i < table.header().size(); i++) {
            if (table.columnName(i).equals(column)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /**
     * Stores the checked rows: all of them, or only the valid ones when {@code onlyValid}. Refused,
     * with nothing stored, while a required field has no column, when rows have problems and not
     * only the valid ones were asked for, or when there is no valid row. The rows are checked again
     * against the store first, in case someone was added meanwhile. Returns how many were stored.
     */
    public int importRows(CsvCheck<T> check, boolean onlyValid, DoubleConsumer progress) throws CsvRefusedException {
        CsvCheck<T> fresh = check(check.table(), check.mapping(), kind.existing(), f -> progress.accept(f / 2));
        if (!fresh.mappingProblems().isEmpty()) {
            throw new CsvRefusedException(fresh.mappingProblems());
        }
        if (!onlyValid && !fresh.allValid()) {
            throw new CsvRefusedException(fresh.problems());
        }
        if (fresh.validCount() == 0) {
            throw CsvRefusedException.of(0, "csv.problem.nothingValid");
        }
        int stored = kind.store(fresh.validValues());
        progress.accept(1);
        LOG.info(() -> "CSV import of " + kind.name() + ": " + stored + " rows stored");
        return stored;
    }

    /** The cells of one row by field. */
    private record KindCells(CsvTable.Row row, Map<CsvField, Integer> columns) implements CsvKind.Cells {

        @Override
        public String get(CsvField field) {
            Integer column = columns.get(field);
            return column == null ? "" : row.cell(column);
        }

        @Override
        public boolean has(CsvField field) {
            return columns.containsKey(field);
        }
    }
}
