package be.dagpuzzel.staff;

import static be.dagpuzzel.store.jooq.Tables.AUDIT_LOG;
import static be.dagpuzzel.store.jooq.Tables.STAFF_MEMBER;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.QOM.ForeignKeyRule;

/**
 * Erases a staff member's personal data in the store, keeping their history as anonymous counts.
 * <p>
 * The tables that refer to a staff member are read from the store's own catalogue (jOOQ's
 * {@code DSLContext.meta()}, the live schema: every migration and any table added since), so a
 * table a feature adds later is covered without code here. Per foreign key to {@code staff_member}:
 * <ul>
 * <li>a table in {@link #HISTORY} keeps its rows as they are: they make the past days' counts and
 * hours, and now point at an anonymous "#12";</li>
 * <li>a key that empties itself when the person goes ({@code ON DELETE SET NULL}, such as the
 * coach of a colleague) is emptied: the colleague's row stays, without this person;</li>
 * <li>any other key: the rows are about this person only and are deleted (their absences, skills,
 * preferences, observations, reminders, progress...). A table referring to one of those rows
 * goes with it by its own {@code ON DELETE CASCADE}.</li>
 * </ul>
 */
final class StaffErasure {

    /**
     * Tables whose rows stay, anonymous: the places filled on the rosters and who really did them
     * (hours reports, the day's counts), who came in extra on a day, and who was involved in an
     * incident (the incident itself is the centre's record). Transport crews are roster places.
     */
    static final Set<String> HISTORY = Set.of("ROSTER_ASSIGNMENT", "PLACE_ACTUAL", "DAY_EXTRA", "INCIDENT_STAFF");

    /** The last name an erased staff member keeps; the first name becomes "#id". */
    static final String ERASED_NAME = "Anoniem";

    /** One foreign key to {@code staff_member}: the table and its column. */
    private record Reference(Table<?> table, Field<?> column, ForeignKeyRule onDelete) {

        boolean history() {
            return HISTORY.contains(table.getName().toUpperCase(Locale.ROOT));
        }

        boolean emptied() {
            return onDelete == ForeignKeyRule.SET_NULL || onDelete == ForeignKeyRule.SET_DEFAULT;
        }
    }

    /** Runs inside the caller's transaction. */
    void erase(DSLContext dsl, long id) {
        List<Reference> references = references(dsl);
        for (Reference r : references) {
            if (!r.history() && r.emptied()) {
                Field<Object> column = column(r);
                Field<Object> emptied = r.onDelete() == ForeignKeyRule.SET_NULL ? DSL.inline(null, column)
                        : DSL.defaultValue(column);
                dsl.update(r.table()).set(java.util.Map.of(column, emptied)).where(column.eq(id)).execute();
            }
        }
        for (Reference r : deletionOrder(references)) {
            dsl.deleteFrom(r.table()).where(column(r).eq(id)).execute();
        }
        var t = STAFF_MEMBER;
        dsl.update(t).set(t.FIRST_NAME, "#" + id).set(t.LAST_NAME, ERASED_NAME).set(t.PHONE, "").set(t.EMPLOYER, "")
                .set(t.NOTES, "").set(t.STRENGTHS, "").set(t.HOURS_PER_WEEK, (BigDecimal) null)
                .set(t.COACH_ID, (Long) null).set(t.DUTCH_LEVEL, DutchLevel.FLUENT.name())
                .set(t.UPDATED_AT, LocalDateTime.now()).where(t.ID.eq(id)).execute();
        // the trail keeps that the data changed and was erased, not what it was
        dsl.update(AUDIT_LOG).setNull(AUDIT_LOG.OLD_VALUE).setNull(AUDIT_LOG.NEW_VALUE)
                .where(AUDIT_LOG.PERSON_KIND.eq("STAFF")).and(AUDIT_LOG.PERSON_ID.eq(id)).execute();
        dsl.insertInto(AUDIT_LOG).set(AUDIT_LOG.CHANGED_AT, LocalDateTime.now())
                .set(AUDIT_LOG.OS_USER, System.getProperty("user.name", "")).set(AUDIT_LOG.TABLE_NAME, "staff_member")
                .set(AUDIT_LOG.RECORD_ID, id).set(AUDIT_LOG.PERSON_KIND, "STAFF").set(AUDIT_LOG.PERSON_ID, id)
                .set(AUDIT_LOG.FIELD, "(erased)").execute();
    }

    @SuppressWarnings("unchecked")
    private static Field<Object> column(Reference r) {
        return (Field<Object>) r.column();
    }

    /** Every single-column foreign key to {@code staff_member} in the live schema. */
    private static List<Reference> references(DSLContext dsl) {
        List<Reference> found = new ArrayList<>();
        // the database's own catalogue has no references to staff; skipping it saves most of the reading
        for (Table<?> table : dsl.meta().filterSchemas(s -> !s.getName().equalsIgnoreCase("INFORMATION_SCHEMA"))
                .getTables()) {
            for (ForeignKey<?, ?> key : table.getReferences()) {
                if (isStaffMember(key.getKey().getTable()) && key.getFields().size() == 1) {
                    found.add(new Reference(table, key.getFields().getFirst(), key.getDeleteRule()));
                }
            }
        }
        return found;
    }

    private static boolean isStaffMember(Table<?> table) {
        return table.getName().equalsIgnoreCase(STAFF_MEMBER.getName());
    }

    /**
     * The references whose rows are deleted, a table that refers to another of them first, so a
     * row is never deleted while a row to delete still points at it.
     */
    private static List<Reference> deletionOrder(List<Reference> references) {
        List<Reference> toDelete = references.stream()
                .filter(r -> !r.history() && !r.emptied() && !isStaffMember(r.table())).toList();
        Set<Reference> ordered = new LinkedHashSet<>();
        for (Reference r : toDelete) {
            visit(r, toDelete, ordered, new LinkedHashSet<>());
        }
        return List.copyOf(ordered);
    }

    private static void visit(Reference r, List<Reference> all, Set<Reference> ordered, Set<Reference> path) {
        if (ordered.contains(r) || !path.add(r)) {
            return;
        }
        for (Reference other : all) {
            boolean pointsAtR = other.table().getReferences().stream()
                    .anyMatch(k -> k.getKey().getTable().getName().equalsIgnoreCase(r.table().getName()));
            if (other != r && pointsAtR) {
                visit(other, all, ordered, path);
            }
        }
        ordered.add(r);
    }
}
