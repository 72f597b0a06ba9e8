package be.dagpuzzel.exchange.csv;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.dagpuzzel.core.FieldError;

/**
 * What a CSV import brings in (staff or participants): its fields, how a row's cells become one
 * value, the service's own check, when two are the same person, and storing them all at once.
 */
public interface CsvKind<T> {

    /** "staff" or "participants": the middle of the kind's message keys. */
    String name();

    List<? extends CsvField> fields();

    /**
     * Makes a value of one row's cells; a cell that cannot be read adds a problem whose field is the
     * {@link CsvField#name()} and is left empty in the value, so the service's check can still find
     * the row's other problems.
     */
    T read(Cells cells, List<FieldError> problems);

    /** The service's own check; throws {@link be.dagpuzzel.core.ValidationException}. */
    void validate(T value);

    /** The CSV field a service field's error belongs to ("postcode" is the postcode column). */
    Optional<CsvField> fieldOf(String serviceField);

    /** Two values with the same key are the same person. */
    String duplicateKey(T value);

    String displayName(T value);

    /** The keys of everyone in the store, with their names: who is already there. */
    Map<String, String> existing();

    /** Stores all values in one transaction; returns how many. */
    int store(List<T> values);

    /** One row's cells by field: "" for a field no column holds. */
    interface Cells {
        String get(CsvField field);

        boolean has(CsvField field);
    }
}
