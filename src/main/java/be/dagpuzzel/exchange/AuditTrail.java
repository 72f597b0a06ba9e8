package be.dagpuzzel.exchange;

import static be.dagpuzzel.store.jooq.Tables.AUDIT_LOG;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import be.dagpuzzel.store.Store;

/** Reads the audit trail the database triggers write (migration V6): the changes to one person's data. */
public final class AuditTrail {

    /** Whose data: a staff member or a participant. */
    public enum Person {
        STAFF, PARTICIPANT
    }

    /** One changed field (or a deleted or erased record): when, by whom, where, from what to what. */
    public record Entry(LocalDateTime at, String user, String table, Optional<Long> recordId, String field,
                        Optional<String> oldValue, Optional<String> newValue) {
    }

    private final Store store;

    public AuditTrail(Store store) {
        this.store = store;
    }

    /** Newest first. */
    public List<Entry> of(Person kind, long personId) {
        return store.dsl().selectFrom(AUDIT_LOG).where(AUDIT_LOG.PERSON_KIND.eq(kind.name()))
                .and(AUDIT_LOG.PERSON_ID.eq(personId)).orderBy(AUDIT_LOG.CHANGED_AT.desc(), AUDIT_LOG.ID.desc())
                .fetch(r -> new Entry(r.getChangedAt(), r.getOsUser(), r.getTableName(),
                        Optional.ofNullable(r.getRecordId()), r.getField(), Optional.ofNullable(r.getOldValue()),
                        Optional.ofNullable(r.getNewValue())));
    }
}
