package be.dagpuzzel.exchange;

import java.util.List;
import java.util.stream.Collectors;

import be.dagpuzzel.core.FieldError;

/**
 * An import was refused and nothing was changed. Each problem names its place in the file as
 * its {@link FieldError#field() field}, a path such as {@code tables.staff_member[3].start_date}
 * (rows count from 0, as JSON tools do), or "" for the file as a whole; its message key turns into
 * a sentence in the user's language. There may be many problems; the first ones are the ones to show.
 */
public final class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> problems;
    private final int more;

    public ImportException(List<FieldError> problems, int more) {
        super("Import refused: " + problems.stream().limit(5)
                .map(p -> (p.field().isEmpty() ? "" : p.field() + ": ") + p.messageKey() + " " + p.arguments())
                .collect(Collectors.joining("; ")) + (problems.size() > 5 || more > 0 ? "; …" : ""));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an import refusal needs at least one problem");
        }
        this.problems = List.copyOf(problems);
        this.more = more;
    }

    public static ImportException of(String place, String messageKey, Object... arguments) {
        return new ImportException(List.of(FieldError.of(place, messageKey, arguments)), 0);
    }

    /** The problems found, in the order of the file (at most a few hundred are kept). */
    public List<FieldError> problems() {
        return problems;
    }

    /** How many more problems were found than {@link #problems()} holds. */
    public int more() {
        return more;
    }
}
