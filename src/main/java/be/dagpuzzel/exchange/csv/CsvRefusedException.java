package be.dagpuzzel.exchange.csv;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A CSV file was refused and nothing was changed: it cannot be read as a table (not UTF-8, a quote
 * left open, a row with the wrong number of fields, empty), or an import was asked while rows
 * still have problems. The problems say where, first ones first.
 */
public final class CsvRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<CsvProblem> problems;

    public CsvRefusedException(List<CsvProblem> problems) {
        super("CSV refused: " + problems.stream().limit(5)
                .map(p -> "line " + p.line() + (p.column().isEmpty() ? "" : " " + p.column()) + ": "
                        + p.error().messageKey() + " " + p.error().arguments())
                .collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public static CsvRefusedException of(int line, String messageKey, Object... arguments) {
        return new CsvRefusedException(List.of(CsvProblem.of(line, "", messageKey, arguments)));
    }

    public List<CsvProblem> problems() {
        return problems;
    }
}
