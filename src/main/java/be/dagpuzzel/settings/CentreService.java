package be.dagpuzzel.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.store.Store;

/**
 * The centre's own details: created once (empty start or demo), edited in Settings. Checks
 * input before anything is written.
 */
public final class CentreService {

    public static final String FIELD_NAME = "name";
    public static final String FIELD_POSTCODE = "postcode";

    private final Store store;
    private final CentreRepository repository;

    public CentreService(Store store, CentreRepository repository) {
        this.store = store;
        this.repository = repository;
    }

    /** The centre, or empty on a new store that has not been set up yet. */
    public Optional<Centre> find() {
        return repository.find(store.dsl());
    }

    public Centre create(CentreDetails details) {
        validate(details);
        return store.transactionResult(dsl -> {
            if (repository.find(dsl).isPresent()) {
                throw new IllegalStateException("this store already has a centre");
            }
            return repository.insert(dsl, details);
        });
    }

    public Centre update(long id, CentreDetails details) {
        validate(details);
        return store.transactionResult(dsl -> repository.update(dsl, id, details));
    }

    /** Refuses an empty name and a postcode that is not four digits (Belgian postcodes). */
    public static void validate(CentreDetails details) {
        List<FieldError> errors = new ArrayList<>();
        if (details.name().isEmpty()) {
            errors.add(FieldError.of(FIELD_NAME, "validation.required"));
        } else if (details.name().length() > 200) {
            errors.add(FieldError.of(FIELD_NAME, "validation.tooLong", 200));
        }
        String postcode = details.address().postcode();
        if (!postcode.isEmpty() && !postcode.matches("\\d{4}")) {
            errors.add(FieldError.of(FIELD_POSTCODE, "validation.postcode"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
