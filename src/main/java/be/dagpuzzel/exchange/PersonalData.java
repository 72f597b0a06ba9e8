package be.dagpuzzel.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

import be.dagpuzzel.store.Store;
import be.dagpuzzel.store.jooq.DefaultSchema;
import be.dagpuzzel.store.jooq.Tables;

/**
 * One person's data on request (GDPR): every row that is about them, as one JSON document. The
 * rows are found from the schema itself: the person's row and every row of a table with a foreign
 * key to it (a participant's weekday patterns, calls, run stops; a staff member's hours, absences,
 * roster places, feedback...), so a table added later is included without code here.
 */
public final class PersonalData {

    public static final String FORMAT = "dagpuzzel-person";

    private final Store store;
    private final Clock clock;

    public PersonalData(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Writes everything about participant {@code id}; the tables in name order, rows as stored. */
    public void exportParticipant(long id, OutputStream out) throws IOException {
        export(Tables.PARTICIPANT, Tables.PARTICIPANT.ID, "participant", id, out);
    }

    /**
     * Writes everything about staff member {@code id}: their record and every row that refers to
     * them (hours, absences, skills, preferences, places on rosters, feedback, incidents...). Other
     * staff members' records are left out, also those who have this person as their coach.
     */
    public void exportStaff(long id, OutputStream out) throws IOException {
        export(Tables.STAFF_MEMBER, Tables.STAFF_MEMBER.ID, "staff", id, out);
    }

    private void export(Table<?> person, Field<Long> idField, String kind, long id, OutputStream out)
            throws IOException {
        List<Section> sections = sections(store.dsl(), person, idField, id);
        JsonGenerator json = new ObjectMapper().getFactory().createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(new DefaultPrettyPrinter());
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeStringField("kind", kind);
        json.writeNumberField("id", id);
        json.writeStringField("exportedAt", OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        json.writeObjectFieldStart("tables");
        for (Section section : sections) {
            write(json, section.name(), section.rows());
        }
        json.writeEndObject();
        json.writeEndObject();
        json.flush();
    }

    /**
     * One table's rows about the person, under the name the JSON export gives it: the table's name,
     * with the column after a dot when the table refers to the person more than once;
     * {@code personColumn} holds the person's id in every row (their key, or the reference to them).
     */
    record Section(Table<?> table, String name, Field<?> personColumn, List<? extends Record> rows) {
    }

    /** The person's own row first, then every table that refers to them, in name order. */
    static List<Section> sections(DSLContext dsl, Table<?> person, Field<Long> idField, long id) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(person, person.getName().toLowerCase(java.util.Locale.ROOT), idField,
                dsl.selectFrom(person).where(idField.eq(id)).fetch()));
        for (Table<?> table : tablesByName()) {
            if (table.equals(person)) {
                continue; // other people's records (a coach reference) are theirs, not this person's
            }
            for (ForeignKey<?, ?> key : table.getReferences()) {
                if (key.getKey().getTable().equals(person) && key.getFields().size() == 1) {
                    @SuppressWarnings("unchecked")
                    Field<Long> column = (Field<Long>) key.getFields().getFirst();
                    sections.add(new Section(table, table.getName().toLowerCase(java.util.Locale.ROOT)
                            + (countReferences(table, person) > 1 ? "." + column.getName().toLowerCase(java.util.Locale.ROOT)
                            : ""), column, dsl.selectFrom(table).where(column.eq(id)).fetch()));
                }
            }
        }
        return sections;
    }

    private static long countReferences(Table<?> table, Table<?> person) {
        return table.getReferences().stream().filter(k -> k.getKey().getTable().equals(person)).count();
    }

    private static List<Table<?>> tablesByName() {
        List<Table<?>> tables = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        tables.sort(java.util.Comparator.comparing(Table::getName));
        return tables;
    }

    private static void write(JsonGenerator json, String name, List<? extends Record> rows) throws IOException {
        json.writeArrayFieldStart(name);
        for (Record r : rows) {
            json.writeStartObject();
            for (Field<?> f : r.fields()) {
                Object value = r.get(f);
                json.writeFieldName(f.getName().toLowerCase(java.util.Locale.ROOT));
                if (value == null) {
                    json.writeNull();
                } else if (value instanceof Number || value instanceof Boolean) {
                    json.writeObject(value instanceof java.math.BigDecimal d ? d : value);
                } else if (value instanceof TemporalAccessor) {
                    json.writeString(value.toString());
                } else {
                    json.writeString(value.toString());
                }
            }
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
