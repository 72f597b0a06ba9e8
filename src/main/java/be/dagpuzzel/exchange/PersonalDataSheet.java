package be.dagpuzzel.exchange;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;

import be.dagpuzzel.store.Store;
import be.dagpuzzel.store.jooq.Tables;
import be.dagpuzzel.ui.Messages;

/**
 * One person's data as a readable document (GDPR art. 15, the right of access): the same rows
 * the JSON export of {@link PersonalData} holds, a part per table, each row as label and value
 * lines in the user's language, dates as read in Belgium and references as what they are called.
 * {@link #staff}/{@link #participant} read it ({@link Sheet}), {@link PersonalDataPdf} prints it.
 */
public final class PersonalDataSheet {

    /**
     * One stored value: the column, its label and the value in words. {@code inHeading} marks the
     * person's own id in their rows, which the heading says once instead of on every row.
     */
    public record Line(String column, String label, String text, boolean inHeading) {
    }

    /** One stored row. */
    public record Entry(List<Line> lines) {

        public Entry {
            lines = List.copyOf(lines);
        }
    }

    /** One table's rows about the person; {@code name} is the table's name in the JSON export. */
    public record Part(String name, String title, List<Entry> entries) {

        public Part {
            entries = List.copyOf(entries);
        }
    }

    /** Everything about one person, read at {@code exportedAt}. */
    public record Sheet(String personName, String personLine, LocalDateTime exportedAt, List<Part> parts) {

        public Sheet {
            parts = List.copyOf(parts);
        }
    }

    private final Store store;
    private final Messages messages;
    private final Clock clock;

    public PersonalDataSheet(Store store, Messages messages, Clock clock) {
        this.store = store;
        this.messages = messages;
        this.clock = clock;
    }

    /** Everything about staff member {@code id}. */
    public Sheet staff(long id) {
        return read(Tables.STAFF_MEMBER, Tables.STAFF_MEMBER.ID, "personal.pdf.staff", id);
    }

    /** Everything about participant {@code id}. */
    public Sheet participant(long id) {
        return read(Tables.PARTICIPANT, Tables.PARTICIPANT.ID, "personal.pdf.participant", id);
    }

    private Sheet read(Table<?> person, Field<Long> idField, String kindKey, long id) {
        DSLContext dsl = store.dsl();
        PersonalValues values = new PersonalValues(dsl, messages);
        List<Part> parts = new ArrayList<>();
        String name = "";
        for (PersonalData.Section section : PersonalData.sections(dsl, person, idField, id)) {
            List<Entry> entries = new ArrayList<>();
            for (Record row : section.rows()) {
                entries.add(entry(values, section, row));
            }
            if (section.table().equals(person) && !section.rows().isEmpty()) {
                Record me = section.rows().getFirst();
                name = (me.get("FIRST_NAME", String.class) + " " + me.get("LAST_NAME", String.class)).strip();
            }
            parts.add(new Part(section.name(), values.title(section.table(), section.name()), entries));
        }
        return new Sheet(name, messages.format(kindKey, String.valueOf(id)), LocalDateTime.now(clock), parts);
    }

    private static Entry entry(PersonalValues values, PersonalData.Section section, Record row) {
        List<Line> lines = new ArrayList<>();
        for (Field<?> field : row.fields()) {
            Object value = row.get(field);
            String text = values.text(section.table(), field, value);
            if (text.isEmpty()) {
                continue;
            }
            boolean person = field.getName().equals(section.personColumn().getName());
            lines.add(new Line(field.getName().toLowerCase(java.util.Locale.ROOT), values.label(section.table(), field),
                    person ? String.valueOf(value) : text, person));
        }
        // the record's own number says least to a reader: last
        lines.sort(java.util.Comparator.comparing(l -> l.column().equals("id")));
        return new Entry(lines);
    }

    /** Writes {@code sheet} as an A4 PDF; {@code centreName} says who keeps the data. */
    public void write(Sheet sheet, String centreName, OutputStream out) {
        new PersonalDataPdf(messages).write(sheet, centreName, out);
    }
}
