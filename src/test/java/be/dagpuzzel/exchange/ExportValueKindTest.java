package be.dagpuzzel.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of column value, also those no table has yet (a later migration may add them): how
 * it is written, and that reading it back gives the same value.
 */
class ExportValueKindTest {

    private static final JsonMapper READER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(SQLDataType.VARCHAR(20), "’t Hofké", "\"’t Hofké\""),
                Arguments.of(SQLDataType.BIGINT, 9_007_199_254_740_993L, "9007199254740993"),
                Arguments.of(SQLDataType.INTEGER, -7, "-7"),
                Arguments.of(SQLDataType.SMALLINT, (short) 5, "5"),
                Arguments.of(SQLDataType.DECIMAL(9, 6), new BigDecimal("51.023400"), "51.023400"),
                Arguments.of(SQLDataType.DECIMAL(5, 2), new BigDecimal("-0.50"), "-0.50"),
                Arguments.of(SQLDataType.DOUBLE, 0.1, "0.1"),
                Arguments.of(SQLDataType.BOOLEAN, true, "true"),
                Arguments.of(SQLDataType.LOCALDATE, LocalDate.of(2026, 11, 27), "\"2026-11-27\""),
                Arguments.of(SQLDataType.LOCALTIME, LocalTime.of(8, 30), "\"08:30:00\""),
                Arguments.of(SQLDataType.LOCALDATETIME(6), LocalDateTime.of(2026, 11, 27, 8, 5, 0, 123_456_000),
                        "\"2026-11-27T08:05:00.123456\""),
                Arguments.of(SQLDataType.LOCALDATETIME(6), LocalDateTime.of(2026, 11, 27, 8, 5), "\"2026-11-27T08:05:00\""),
                Arguments.of(SQLDataType.OFFSETDATETIME, OffsetDateTime.of(2026, 11, 27, 8, 5, 0, 0, ZoneOffset.ofHours(1)),
                        "\"2026-11-27T08:05:00+01:00\""),
                Arguments.of(SQLDataType.UUID, UUID.fromString("0b6e2f4a-3c1d-4e5f-8a9b-0c1d2e3f4a5b"),
                        "\"0b6e2f4a-3c1d-4e5f-8a9b-0c1d2e3f4a5b\""),
                Arguments.of(SQLDataType.VARBINARY, new byte[] {1, 2, (byte) 255}, "\"AQL/\""),
                Arguments.of(SQLDataType.JSON, org.jooq.JSON.valueOf("{\"a\": [1, 2]}"), "\"{\\\"a\\\": [1, 2]}\""));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("values")
    void aValueIsWrittenInOneFormAndReadBackAsItWas(DataType<?> type, Object value, String json) throws Exception {
        Field<?> field = DSL.field(DSL.name("c"), type);
        ValueKind kind = ValueKind.of(field).orElseThrow();
        StringWriter text = new StringWriter();
        try (JsonGenerator out = new JsonFactory().createGenerator(text)) {
            kind.write(out, value);
        }
        assertEquals(json, text.toString());

        JsonNode node = READER.readTree(json);
        ValueKind.Read read = kind.read(node, field);
        assertFalse(read.failed(), () -> read.problemKey() + " " + read.arguments());
        if (value instanceof byte[] bytes) {
            assertArrayEquals(bytes, (byte[]) read.value());
        } else {
            assertEquals(value, read.value());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void aValueOfTheWrongKindIsAProblem(DataType<?> type, Object value, String json) throws Exception {
        Field<?> field = DSL.field(DSL.name("c"), type);
        JsonNode wrong = READER.readTree(json.startsWith("\"") ? "[1]" : "\"x\"");
        ValueKind.Read read = ValueKind.of(field).orElseThrow().read(wrong, field);
        assertTrue(read.failed(), type + " took " + wrong);
    }
}
