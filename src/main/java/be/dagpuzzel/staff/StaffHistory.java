package be.dagpuzzel.staff;

import org.jooq.DSLContext;

/**
 * Tells whether a person appears in some feature's records. Someone with history is archived,
 * never deleted; each feature that refers to staff adds its own check when wiring the app.
 */
@FunctionalInterface
public interface StaffHistory {
    boolean hasHistory(DSLContext dsl, long staffId);
}
