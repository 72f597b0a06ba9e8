package be.dagpuzzel.app;

import java.util.ArrayList;
import java.util.List;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.exchange.ImportException;
import be.dagpuzzel.ui.Messages;

/** A refused import in the user's words: one line per problem, each starting with its place in the file. */
public final class ImportReport {

    /** More would not be read; the file has to be fixed (or exported again) anyway. */
    public static final int SHOWN = 20;

    private ImportReport() {
    }

    public static List<String> lines(ImportException refused, Messages messages) {
        List<String> lines = new ArrayList<>();
        List<FieldError> problems = refused.problems();
        for (FieldError problem : problems.subList(0, Math.min(SHOWN, problems.size()))) {
            lines.add(line(problem, messages));
        }
        int more = problems.size() - Math.min(SHOWN, problems.size()) + refused.more();
        if (more > 0) {
            lines.add(messages.format("import.problem.more", String.valueOf(more)));
        }
        return lines;
    }

    public static String line(FieldError problem, Messages messages) {
        String text = messages.text(problem);
        return problem.field().isEmpty() ? text : problem.field() + ": " + text;
    }
}
