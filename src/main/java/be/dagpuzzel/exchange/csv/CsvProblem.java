package be.dagpuzzel.exchange.csv;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.ui.Messages;

/**
 * One problem in a CSV file, at its place: the line in the file where the row starts (counting
 * the header as line 1, as a text editor does; 0 for the file as a whole) and the column's header
 * ("" for the whole row). The message key turns into a sentence in the user's language.
 */
public record CsvProblem(int line, String column, FieldError error) {

    public CsvProblem {
        column = column == null ? "" : column;
    }

    public static CsvProblem of(int line, String column, String messageKey, Object... arguments) {
        return new CsvProblem(line, column, FieldError.of("", messageKey, arguments));
    }

    /** "Line 4, column “Postcode”: A Belgian postcode has four digits, e.g. 9000." */
    public String describe(Messages messages) {
        return place(messages) + text(messages);
    }

    /** The message without its place; a field among the arguments is named in the user's words. */
    public String text(Messages messages) {
        Object[] arguments = error.arguments().stream()
                .map(a -> a instanceof CsvField field ? messages.get(field.labelKey()) : a).toArray();
        return messages.format(error.messageKey(), arguments);
    }

    /** "Line 4, column “Postcode”: ", "Line 4: " or "" for the file as a whole. */
    public String place(Messages messages) {
        if (line <= 0) {
            return "";
        }
        return column.isEmpty() ? messages.format("csv.place.line", String.valueOf(line)) + ": "
                : messages.format("csv.place.lineColumn", String.valueOf(line), column) + ": ";
    }
}
