package be.dagpuzzel.exchange.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CSV file checked for an import with a given column mapping: columns a required field has no
 * column for, and per row the value it makes or its problems (unreadable cells, the service's
 * refusals, the same person twice or already in the store).
 */
public record CsvCheck<T>(CsvTable table, List<Optional<CsvField>> mapping, List<CsvProblem> mappingProblems,
                          List<Entry<T>> entries) {

    public CsvCheck {
        mapping = List.copyOf(mapping);
        mappingProblems = List.copyOf(mappingProblems);
        entries = List.copyOf(entries);
    }

    /** One row: its line, the value it makes (null when it has problems) and its problems. */
    public record Entry<T>(int line, T value, List<CsvProblem> problems) {

        public Entry {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Every problem, the mapping's first, then the rows' in the order of the file. */
    public List<CsvProblem> problems() {
        List<CsvProblem> all = new ArrayList<>(mappingProblems);
        entries.forEach(e -> all.addAll(e.problems()));
        return all;
    }

    public int rowCount() {
        return entries.size();
    }

    public int validCount() {
        return (int) entries.stream().filter(Entry::valid).count();
    }

    public List<T> validValues() {
        return entries.stream().filter(Entry::valid).map(Entry::value).toList();
    }

    /** Every row can go in as it is. */
    public boolean allValid() {
        return mappingProblems.isEmpty() && validCount() == rowCount();
    }

    /** Some rows can go in, some cannot: the user may choose to import only the valid ones. */
    public boolean someValid() {
        return mappingProblems.isEmpty() && validCount() > 0;
    }
}
