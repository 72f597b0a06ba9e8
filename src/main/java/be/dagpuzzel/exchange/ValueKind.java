package be.dagpuzzel.exchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

import org.jooq.DataType;
import org.jooq.Field;

/**
 * How a column's values look in an export, by the column's Java type: text as a JSON string,
 * whole numbers and decimals as JSON numbers written exactly (a DECIMAL keeps its scale: 51.023400),
 * BOOLEAN as true/false, DATE as 2026-11-27, TIME as 08:30:00, TIMESTAMP as 2026-11-27T08:30:00
 * (with a fraction only when there is one), null as null. Reading checks the value fits the column.
 */
enum ValueKind {
    TEXT, WHOLE_NUMBER, DECIMAL, FLOATING, BOOLEAN, DATE, TIME, TIMESTAMP, TIMESTAMP_WITH_ZONE, UUID_TEXT, BYTES,
    /** A JSON column: its JSON text as a string, so it comes back exactly as it was. */
    JSON_TEXT;

    /** The outcome of reading one value: the value for the store, or a problem (message key and arguments). */
    record Read(Object value, String problemKey, List<Object> arguments) {
        static Read ok(Object value) {
            return new Read(value, null, List.of());
        }

        static Read problem(String key, Object... arguments) {
            return new Read(null, key, List.of(arguments));
        }

        boolean failed() {
            return problemKey != null;
        }
    }

    static Optional<ValueKind> of(Field<?> field) {
        Class<?> type = field.getType();
        if (type == String.class) {
            return Optional.of(TEXT);
        }
        if (type == Long.class || type == Integer.class || type == Short.class || type == Byte.class
                || type == BigInteger.class) {
            return Optional.of(WHOLE_NUMBER);
        }
        if (type == BigDecimal.class) {
            return Optional.of(DECIMAL);
        }
        if (type == Double.class || type == Float.class) {
            return Optional.of(FLOATING);
        }
        if (type == Boolean.class) {
            return Optional.of(BOOLEAN);
        }
        if (type == LocalDate.class) {
            return Optional.of(DATE);
        }
        if (type == LocalTime.class) {
            return Optional.of(TIME);
        }
        if (type == LocalDateTime.class) {
            return Optional.of(TIMESTAMP);
        }
        if (type == OffsetDateTime.class) {
            return Optional.of(TIMESTAMP_WITH_ZONE);
        }
        if (type == UUID.class) {
            return Optional.of(UUID_TEXT);
        }
        if (type == byte[].class) {
            return Optional.of(BYTES);
        }
        if (type == org.jooq.JSON.class || type == org.jooq.JSONB.class) {
            return Optional.of(JSON_TEXT);
        }
        return Optional.empty();
    }

    void write(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
            return;
        }
        switch (this) {
            case TEXT -> out.writeString((String) value);
            case WHOLE_NUMBER -> out.writeNumber(value instanceof BigInteger big ? big.toString()
                    : Long.toString(((Number) value).longValue()));
            case DECIMAL -> out.writeNumber(((BigDecimal) value).toPlainString());
            case FLOATING -> out.writeNumber(((Number) value).doubleValue());
            case BOOLEAN -> out.writeBoolean((Boolean) value);
            case DATE -> out.writeString(DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value));
            case TIME -> out.writeString(DateTimeFormatter.ISO_LOCAL_TIME.format((LocalTime) value));
            case TIMESTAMP -> out.writeString(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format((LocalDateTime) value));
            case TIMESTAMP_WITH_ZONE -> out.writeString(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((OffsetDateTime) value));
            case UUID_TEXT -> out.writeString(value.toString());
            case BYTES -> out.writeString(Base64.getEncoder().encodeToString((byte[]) value));
            case JSON_TEXT -> out.writeString(value instanceof org.jooq.JSON json ? json.data() : ((org.jooq.JSONB) value).data());
        }
    }

    /** Reads a JSON value (not null: the caller handles null) for a column of this kind. */
    Read read(JsonNode node, Field<?> field) {
        DataType<?> type = field.getDataType();
        String shown = shown(node);
        return switch (this) {
            case TEXT -> {
                if (!node.isTextual()) {
                    yield Read.problem("import.problem.notText", shown);
                }
                String text = node.textValue();
                int length = text.codePointCount(0, text.length());
                if (type.hasLength() && type.length() > 0 && length > type.length()) {
                    yield Read.problem("import.problem.tooLong", String.valueOf(length), String.valueOf(type.length()));
                }
                yield Read.ok(text);
            }
            case WHOLE_NUMBER -> {
                if (!node.isIntegralNumber()) {
                    yield Read.problem("import.problem.notWholeNumber", shown);
                }
                yield wholeNumber(node.bigIntegerValue(), field.getType(), shown);
            }
            case DECIMAL -> {
                if (!node.isNumber()) {
                    yield Read.problem("import.problem.notNumber", shown);
                }
                yield decimal(node.decimalValue(), type, shown);
            }
            case FLOATING -> {
                if (!node.isNumber()) {
                    yield Read.problem("import.problem.notNumber", shown);
                }
                yield Read.ok(field.getType() == Float.class ? (Object) node.floatValue() : (Object) node.doubleValue());
            }
            case BOOLEAN -> node.isBoolean() ? Read.ok(node.booleanValue())
                    : Read.problem("import.problem.notBoolean", shown);
            case DATE -> parsed(node, "import.problem.notDate", s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE));
            case TIME -> parsed(node, "import.problem.notTime", s -> LocalTime.parse(s, DateTimeFormatter.ISO_LOCAL_TIME));
            case TIMESTAMP -> parsed(node, "import.problem.notTimestamp",
                    s -> LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME));
            case TIMESTAMP_WITH_ZONE -> parsed(node, "import.problem.notTimestamp",
                    s -> OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            case UUID_TEXT -> parsed(node, "import.problem.notText", UUID::fromString);
            case BYTES -> parsed(node, "import.problem.notText", s -> Base64.getDecoder().decode(s));
            case JSON_TEXT -> parsed(node, "import.problem.notText",
                    s -> field.getType() == org.jooq.JSON.class ? (Object) org.jooq.JSON.valueOf(s) : (Object) org.jooq.JSONB.valueOf(s));
        };
    }

    private static Read parsed(JsonNode node, String problemKey, java.util.function.Function<String, Object> parser) {
        if (!node.isTextual()) {
            return Read.problem(problemKey, shown(node));
        }
        try {
            return Read.ok(parser.apply(node.textValue()));
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Read.problem(problemKey, shown(node));
        }
    }

    private static Read wholeNumber(BigInteger value, Class<?> type, String shown) {
        BigInteger min;
        BigInteger max;
        if (type == Byte.class) {
            min = BigInteger.valueOf(Byte.MIN_VALUE);
            max = BigInteger.valueOf(Byte.MAX_VALUE);
        } else if (type == Short.class) {
            min = BigInteger.valueOf(Short.MIN_VALUE);
            max = BigInteger.valueOf(Short.MAX_VALUE);
        } else if (type == Integer.class) {
            min = BigInteger.valueOf(Integer.MIN_VALUE);
            max = BigInteger.valueOf(Integer.MAX_VALUE);
        } else if (type == Long.class) {
            min = BigInteger.valueOf(Long.MIN_VALUE);
            max = BigInteger.valueOf(Long.MAX_VALUE);
        } else {
            return Read.ok(value);
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return Read.problem("import.problem.outOfRange", shown, min.toString(), max.toString());
        }
        long v = value.longValue();
        Object result = type == Byte.class ? (Object) (byte) v : type == Short.class ? (Object) (short) v
                : type == Integer.class ? (Object) (int) v : (Object) v;
        return Read.ok(result);
    }

    private static Read decimal(BigDecimal value, DataType<?> type, String shown) {
        if (!type.hasPrecision() || type.precision() <= 0) {
            return Read.ok(value);
        }
        int scale = type.hasScale() ? type.scale() : 0;
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > scale) {
            return Read.problem("import.problem.tooManyDecimals", shown, String.valueOf(scale));
        }
        int integerDigits = stripped.precision() - stripped.scale();
        if (integerDigits > type.precision() - scale) {
            return Read.problem("import.problem.tooManyDigits", shown, String.valueOf(type.precision() - scale));
        }
        return Read.ok(value.setScale(scale));
    }

    /** A value as the user wrote it, cut short when long. */
    static String shown(JsonNode node) {
        String text = node.isTextual() ? node.textValue() : node.toString();
        return text.length() > 40 ? text.substring(0, 39) + "…" : text;
    }
}
