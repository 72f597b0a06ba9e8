package be.dagpuzzel.exchange.csv.view;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;

import be.dagpuzzel.exchange.csv.CsvCheck;
import be.dagpuzzel.exchange.csv.CsvField;
import be.dagpuzzel.exchange.csv.CsvImport;
import be.dagpuzzel.exchange.csv.CsvParser;
import be.dagpuzzel.exchange.csv.CsvProblem;
import be.dagpuzzel.exchange.csv.CsvRefusedException;
import be.dagpuzzel.exchange.csv.CsvTable;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * The CSV import dialog's state: the file's columns with what each goes to, the first rows, every
 * problem in the user's words, and which of "import all" and "import only the valid rows" can be
 * pressed. Checking and importing run on the long-work thread; a change of a column's target checks
 * the rows again, and only the newest check is shown.
 */
public final class CsvImportViewModel<T> {

    /** How many rows the preview shows. */
    public static final int PREVIEW_ROWS = 8;
    /** More problems than this are counted, not listed. */
    public static final int SHOWN_PROBLEMS = 200;

    private final TaskRunner runner;
    private final CsvImport<T> importer;
    private final Messages messages;
    private final String fileName;
    private final CsvTable table;
    private final ObservableList<Optional<CsvField>> mapping = FXCollections.observableArrayList();
    private final ObservableList<CsvTable.Row> preview = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableSet<Integer> problemLines = FXCollections.observableSet();
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "");
    private final StringProperty importAllText = new SimpleStringProperty(this, "importAllText", "");
    private final StringProperty importValidText = new SimpleStringProperty(this, "importValidText", "");
    private final BooleanProperty canImportAll = new SimpleBooleanProperty(this, "canImportAll");
    private final BooleanProperty canImportValid = new SimpleBooleanProperty(this, "canImportValid");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private Map<String, String> existing;
    private CsvCheck<T> check;
    private int generation;

    public CsvImportViewModel(TaskRunner runner, CsvImport<T> importer, Messages messages, Path file, CsvTable table) {
        this.runner = runner;
        this.importer = importer;
        this.messages = messages;
        this.fileName = file.getFileName().toString();
        this.table = table;
        mapping.setAll(importer.guess(table.header()));
        preview.setAll(table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size())));
        importAllText.set(messages.format("csv.import.all", table.rows().size()));
        importValidText.set(messages.format("csv.import.onlyValid", 0));
    }

    /** Reads {@code file} on the long-work thread: the table, or the reasons it cannot be read. */
    public static void read(TaskRunner runner, Messages messages, Path file, Consumer<CsvTable> read,
                            Consumer<List<String>> refused) {
        runner.run(TaskRunner.Kind.LONG, p -> {
            p.update(-1, messages.get("csv.reading"));
            return CsvParser.parse(file);
        }, read, error -> {
            if (error instanceof CsvRefusedException e) {
                refused.accept(lines(e.problems(), messages));
            } else {
                throw new IllegalStateException("Reading the CSV file failed", error);
            }
        });
    }

    static List<String> lines(List<CsvProblem> problems, Messages messages) {
        List<String> lines = new ArrayList<>();
        for (CsvProblem p : problems.subList(0, Math.min(SHOWN_PROBLEMS, problems.size()))) {
            lines.add(p.describe(messages));
        }
        if (problems.size() > SHOWN_PROBLEMS) {
            lines.add(messages.format("import.problem.more", problems.size() - SHOWN_PROBLEMS));
        }
        return lines;
    }

    /** Reads who is in the store already, then checks every row with the guessed columns. */
    public void start() {
        busy.set(true);
        summary.set(messages.get("csv.checking"));
        runner.run(TaskRunner.Kind.LONG, p -> importer.kind().existing(), found -> {
            existing = found;
            recheck();
        }, error -> {
            busy.set(false);
            throw new IllegalStateException("Reading the store failed", error);
        });
    }

    /** Column {@code column} goes to {@code field} (or nowhere); a column that had it before is ignored now. */
    public void setTarget(int column, Optional<CsvField> field) {
        if (mapping.get(column).equals(field)) {
            return;
        }
        List<Optional<CsvField>> changed = CsvImport.withTarget(mapping, column, field);
        for (int i = 0; i < changed.size(); i++) {
            if (!mapping.get(i).equals(changed.get(i))) {
                mapping.set(i, changed.get(i));
            }
        }
        if (existing != null) {
            recheck();
        }
    }

    private void recheck() {
        int mine = ++generation;
        List<Optional<CsvField>> now = List.copyOf(mapping);
        busy.set(true);
        canImportAll.set(false);
        canImportValid.set(false);
        Map<String, String> known = existing;
        runner.run(TaskRunner.Kind.LONG, p -> {
            p.update(-1, messages.get("csv.checking"));
            return importer.check(table, now, known, f -> p.update(f, messages.get("csv.checking")));
        }, done -> {
            if (mine == generation) {
                show(done);
            }
        }, error -> {
            busy.set(false);
            throw new IllegalStateException("Checking the CSV rows failed", error);
        });
    }

    private void show(CsvCheck<T> done) {
        check = done;
        busy.set(false);
        problems.setAll(lines(done.problems(), messages));
        java.util.Set<Integer> wrong = new java.util.HashSet<>();
        done.entries().stream().filter(e -> !e.valid()).forEach(e -> wrong.add(e.line()));
        problemLines.retainAll(wrong);
        problemLines.addAll(wrong);
        if (!done.mappingProblems().isEmpty()) {
            summary.set(messages.get("csv.import.mappingFirst"));
        } else if (done.allValid()) {
            summary.set(messages.get("csv.import.noProblems"));
        } else {
            summary.set(messages.format("csv.import.summary", done.validCount(), done.rowCount(),
                    done.rowCount() - done.validCount()));
        }
        importValidText.set(messages.format("csv.import.onlyValid", done.validCount()));
        canImportAll.set(done.allValid());
        canImportValid.set(done.someValid() && !done.allValid());
    }

    /**
     * Imports every row, or only the valid ones. {@code imported} gets how many went in; a refusal
     * (someone added meanwhile, say) shows its problems here and stores nothing.
     */
    public void importRows(boolean onlyValid, Consumer<Integer> imported) {
        if (check == null || busy.get() || !(onlyValid ? canImportValid.get() || canImportAll.get() : canImportAll.get())) {
            return;
        }
        busy.set(true);
        canImportAll.set(false);
        canImportValid.set(false);
        CsvCheck<T> checked = check;
        runner.run(TaskRunner.Kind.LONG, p -> {
            p.update(-1, messages.get("csv.importing"));
            return importer.importRows(checked, onlyValid, f -> p.update(f, messages.get("csv.importing")));
        }, count -> {
            busy.set(false);
            imported.accept(count);
        }, error -> {
            busy.set(false);
            if (error instanceof CsvRefusedException refused) {
                problems.setAll(lines(refused.problems(), messages));
                summary.set(messages.get("import.refused.header"));
                existing = null;
                start();
            } else {
                throw new IllegalStateException("The CSV import failed", error);
            }
        });
    }

    public String title() {
        return messages.get("csv.import.title." + importer.kind().name());
    }

    public String fileLine() {
        String separator = switch (table.separator()) {
            case ',' -> messages.get("csv.separator.comma");
            case '\t' -> messages.get("csv.separator.tab");
            default -> messages.get("csv.separator.semicolon");
        };
        return messages.format("csv.import.file", fileName, table.rows().size(), separator);
    }

    public String rule() {
        return messages.get("csv.import.rule." + importer.kind().name());
    }

    /** The fields a column can go to, in order; the user sees them by {@link #fieldText}. */
    public List<CsvField> fields() {
        return List.copyOf(importer.kind().fields());
    }

    /** "First name *" for a required field, "Not imported" for none. */
    public String fieldText(Optional<CsvField> field) {
        return field.map(f -> messages.get(f.labelKey()) + (f.required() ? " *" : ""))
                .orElse(messages.get("csv.import.ignore"));
    }

    public CsvTable table() {
        return table;
    }

    public ObservableList<Optional<CsvField>> mapping() {
        return mapping;
    }

    public ObservableList<CsvTable.Row> preview() {
        return preview;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    /** The lines of the rows that have a problem, to mark them in the preview. */
    public ObservableSet<Integer> problemLines() {
        return problemLines;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyStringProperty importAllTextProperty() {
        return importAllText;
    }

    public ReadOnlyStringProperty importValidTextProperty() {
        return importValidText;
    }

    public ReadOnlyBooleanProperty canImportAllProperty() {
        return canImportAll;
    }

    public ReadOnlyBooleanProperty canImportValidProperty() {
        return canImportValid;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
