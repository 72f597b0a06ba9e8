package be.dagpuzzel.exchange;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ForeignKey;
import org.jooq.Record;
import org.jooq.Table;

import be.dagpuzzel.ui.Messages;

/**
 * Stored values in the user's words, for the personal data sheet: dates and times as read in
 * Belgium, yes/no, codes translated ("SICK" is "Ziek"), a weekday set as day names, and a
 * reference to another table as what that row is called ("Keuken", "Ronde 1", "Jan Peeters",
 * "20/11/2026 · 14:20 · Val"). Generic over the schema: a new table's values read the same way.
 */
final class PersonalValues {

    /** The words of a column's codes: the message key prefix per column, or per table and column. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("absence.kind", "absence."),
            Map.entry("incident.kind", "review.incident.kind."),
            Map.entry("participant_absence.reason", "absenceReason."),
            Map.entry("programme", "programme."),
            Map.entry("dutch_level", "dutchLevel."),
            Map.entry("rating", "review.rating."),
            Map.entry("stage", "stage."),
            Map.entry("preference", "preference."),
            Map.entry("mobility_aid", "mobility."),
            Map.entry("direction", "run.direction."),
            Map.entry("outcome", "stopOutcome."),
            Map.entry("source", "personal.source."));

    /** Columns that say what a referenced row is called. */
    private static final Set<String> NAMES = Set.of("NAME", "LABEL", "FIRST_NAME", "LAST_NAME");
    private static final Set<String> NOT_DESCRIBING = Set.of("ID", "CREATED_AT", "UPDATED_AT", "SORT_ORDER");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final DSLContext dsl;
    private final Messages messages;
    private final Map<String, String> described = new HashMap<>();

    PersonalValues(DSLContext dsl, Messages messages) {
        this.dsl = dsl;
        this.messages = messages;
    }

    /** The column's label: its words from the bundle (for this table, or any), or its name made readable. */
    String label(Table<?> table, Field<?> field) {
        String column = lower(field.getName());
        return messages.find("personal.column." + lower(table.getName()) + "." + column)
                .or(() -> messages.find("personal.column." + column)).orElseGet(() -> readable(column));
    }

    /** The title of a table's part: its words from the bundle, or its name made readable. */
    String title(Table<?> table, String sectionName) {
        return messages.find("personal.table." + sectionName)
                .or(() -> messages.find("personal.table." + lower(table.getName())))
                .orElseGet(() -> readable(sectionName.replace('.', ' ')));
    }

    /** {@code value} of {@code field} in a row of {@code table} as the user reads it; empty for nothing. */
    String text(Table<?> table, Field<?> field, Object value) {
        if (value == null) {
            return "";
        }
        Optional<ForeignKey<?, ?>> reference = referenceOf(table, field);
        if (reference.isPresent()) {
            String name = describe(reference.get().getKey().getTable(), value, 0);
            return name.isEmpty() ? plain(table, field, value) : name;
        }
        return plain(table, field, value);
    }

    private String plain(Table<?> table, Field<?> field, Object value) {
        String column = lower(field.getName());
        return switch (value) {
            case Boolean b -> messages.get(b ? "personal.yes" : "personal.no");
            case LocalDate d -> messages.shortDate(d);
            case LocalDateTime t -> messages.shortDate(t.toLocalDate()) + " " + t.format(TIME);
            case LocalTime t -> t.format(TIME);
            case BigDecimal d -> number(d);
            case Number n when column.equals("weekdays") -> weekdays(n.intValue());
            case String s -> code(lower(table.getName()), column, s);
            default -> value.toString();
        };
    }

    private String number(BigDecimal d) {
        NumberFormat format = NumberFormat.getNumberInstance(messages.locale());
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(Math.max(0, d.scale()));
        return format.format(d);
    }

    /** A weekday set stored as bits (bit 0 = Monday): "ma, wo, vr". */
    private String weekdays(int bits) {
        List<String> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((bits & (1 << (day.getValue() - 1))) != 0) {
                days.add(day.getDisplayName(TextStyle.SHORT, messages.locale()));
            }
        }
        return days.isEmpty() ? "—" : String.join(", ", days);
    }

    private String code(String table, String column, String value) {
        String prefix = prefix(table, column);
        return prefix == null ? value : messages.find(prefix + value).orElse(value);
    }

    /** The message key prefix of a column holding codes, or null for a column of free text. */
    private static String prefix(String table, String column) {
        return CODES.getOrDefault(table + "." + column, CODES.get(column));
    }

    /**
     * What the row {@code key} of {@code table} is called: its name, label or first and last name,
     * or (for a row without one, such as a roster place or a run) its dates, times, kind and what
     * it refers to. One level deep: a referenced row's own references give only their names.
     */
    private String describe(Table<?> table, Object key, int depth) {
        String cacheKey = table.getName() + "#" + key + "#" + depth;
        String known = described.get(cacheKey);
        if (known != null) {
            return known;
        }
        String text = "";
        if (table.getPrimaryKey() != null && table.getPrimaryKey().getFields().size() == 1) {
            @SuppressWarnings("unchecked")
            Field<Object> id = (Field<Object>) table.getPrimaryKey().getFields().getFirst();
            Record row = dsl.selectFrom(table).where(id.eq(key)).fetchOne();
            text = row == null ? "" : describe(table, row, depth);
        }
        described.put(cacheKey, text);
        return text;
    }

    private String describe(Table<?> table, Record row, int depth) {
        String first = value(row, "FIRST_NAME");
        String last = value(row, "LAST_NAME");
        if (!first.isEmpty() || !last.isEmpty()) {
            return (first + " " + last).strip();
        }
        String name = value(row, "NAME");
        String code = value(row, "CODE");
        if (name.isEmpty() && !code.isEmpty()) {
            // a seeded row (task type, skill) is called by its code's words in the user's language
            name = messages.find(camel(lower(table.getName())) + "." + code).orElse(code);
        }
        List<String> parts = new ArrayList<>();
        for (Field<?> field : row.fields()) {
            String column = field.getName().toUpperCase(Locale.ROOT);
            Object value = row.get(field);
            if (value == null || NOT_DESCRIBING.contains(column) || column.equals("CODE")) {
                continue;
            }
            Optional<ForeignKey<?, ?>> reference = referenceOf(table, field);
            if (column.equals("NAME")) {
                add(parts, name);
            } else if (NAMES.contains(column)) {
                add(parts, value.toString());
            } else if (depth > 0) {
                continue;
            } else if (reference.isPresent() && !(value instanceof LocalDate)) {
                add(parts, describe(reference.get().getKey().getTable(), value, depth + 1));
            } else if (value instanceof LocalDate || value instanceof LocalTime) {
                String time = plain(table, field, value);
                int last0 = parts.size() - 1;
                if (value instanceof LocalTime && last0 >= 0 && parts.get(last0).matches("\\d\\d:\\d\\d")) {
                    parts.set(last0, parts.get(last0) + "–" + time); // a start and an end
                } else {
                    parts.add(time);
                }
            } else if (value instanceof String && prefix(lower(table.getName()), lower(column)) != null) {
                add(parts, plain(table, field, value));
            }
        }
        if (parts.isEmpty() && !name.isEmpty()) {
            parts.add(name);
        }
        return String.join(" · ", parts);
    }

    private static void add(List<String> parts, String text) {
        if (!text.isBlank()) {
            parts.add(text.strip());
        }
    }

    private static String value(Record row, String column) {
        Field<?> field = row.field(column);
        Object value = field == null ? null : row.get(field);
        return value == null ? "" : value.toString().strip();
    }

    /** The single-column foreign key {@code field} of {@code table} is part of, if any. */
    static Optional<ForeignKey<?, ?>> referenceOf(Table<?> table, Field<?> field) {
        for (ForeignKey<?, ?> key : table.getReferences()) {
            if (key.getFields().size() == 1 && key.getFields().getFirst().getName().equals(field.getName())) {
                return Optional.of(key);
            }
        }
        return Optional.empty();
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** "task_type" to "taskType", the way the bundle names a table's codes. */
    private static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean up = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                out.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return out.toString();
    }

    /** "from_date" to "From date". */
    private static String readable(String name) {
        String words = name.replace('_', ' ').strip();
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
