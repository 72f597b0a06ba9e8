package be.dagpuzzel.core;

import java.util.List;

/**
 * One problem with one field of a form: which field, and a message key (with arguments) that
 * the user interface turns into a sentence in the user's language.
 */
public record FieldError(String field, String messageKey, List<Object> arguments) {

    public FieldError {
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
