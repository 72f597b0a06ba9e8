package be.dagpuzzel.core;

import java.util.List;
import java.util.Optional;

/**
 * Thrown by a service when input is refused; nothing has been stored. Carries every field
 * error at once so a form can mark all wrong fields in one go.
 */
public final class ValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super("Invalid input: " + errors);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Optional<FieldError> errorFor(String field) {
        return errors.stream().filter(e -> e.field().equals(field)).findFirst();
    }
}
