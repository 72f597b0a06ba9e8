package be.dagpuzzel.exchange.csv;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Something a CSV column can hold for an import (a first name, a postcode, the weekdays): whether
 * every row needs it, the most characters the store keeps, and the column headers, Dutch and
 * English, that are taken to mean it.
 */
public interface CsvField {

    String name();

    boolean required();

    /** The most characters the store keeps (0: no limit beyond the service's own check). */
    int maxLength();

    /** Headers that mean this field, already {@link #normalize normalized}. */
    List<String> headers();

    /** The field's name in the messages: "csv.field.FIRST_NAME". */
    default String labelKey() {
        return "csv.field." + name();
    }

    /** "Post-code " and "postcode", "Téléphone" and "telephone" are the same header. */
    static String normalize(String text) {
        String plain = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
