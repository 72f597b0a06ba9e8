package be.dagpuzzel.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.app.ImportReport;
import be.dagpuzzel.demo.DemoCentre;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Messages;

/**
 * Export and import of a whole store, on the demo centre: the document's form, and that export,
 * import into an empty store and export again gives the same document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportImportTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final Clock EXPORT_TIME = Clock.fixed(FRIDAY.atTime(17, 30).atZone(BRUSSELS).toInstant(), BRUSSELS);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;
    private AppServices demo;
    private String demoExport;

    @BeforeAll
    void demoCentre() throws IOException {
        demo = TestStore.open(folder.resolve("demo"));
        demo.demo().fill(FRIDAY);
        demoExport = export(demo);
    }

    @AfterAll
    void close() {
        demo.store().close();
    }

    static String export(AppServices services) throws IOException {
        return export(services, EXPORT_TIME);
    }

    static String export(AppServices services, Clock clock) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new StoreExchange(services.store(), clock).export(out, f -> { });
        return out.toString(StandardCharsets.UTF_8);
    }

    static void importText(AppServices services, String json) throws ImportException {
        new StoreExchange(services.store(), EXPORT_TIME)
                .importFrom(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), f -> { });
    }

    @Test
    void exportThenImportIntoAnEmptyStoreThenExportGivesTheSameDocument() throws Exception {
        AppServices fresh = TestStore.open(folder.resolve("round-trip"));
        try {
            importText(fresh, demoExport);
            assertEquals(demoExport, export(fresh));
            assertEquals(DemoCentre.NAME, fresh.centres().find().orElseThrow().name());
            assertEquals(demo.staff().all().size(), fresh.staff().all().size());
        } finally {
            fresh.store().close();
        }
    }

    @Test
    void rowsInAnyOrderComeBackOrderedByKeyAndNewRowsTakeTheNextFreeId() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(demoExport);
        long highestSkill = 0;
        for (Iterator<JsonNode> tables = document.get("tables").elements(); tables.hasNext(); ) {
            ArrayNode rows = (ArrayNode) tables.next();
            List<JsonNode> reversed = new ArrayList<>();
            rows.forEach(row -> reversed.addFirst(row));
            rows.removeAll();
            rows.addAll(reversed); // coaches now come after the people they coach
        }
        for (JsonNode skill : document.get("tables").get("skill")) {
            highestSkill = Math.max(highestSkill, skill.get("id").asLong());
        }
        AppServices fresh = TestStore.open(folder.resolve("shuffled"));
        try {
            importText(fresh, JSON.writeValueAsString(document));
            assertEquals(demoExport, export(fresh));
            var added = fresh.catalogue().addSkill("Rolstoeltraining", code -> code);
            assertEquals(highestSkill + 1, added.id(), "a new skill continues after the imported ones");
        } finally {
            fresh.store().close();
        }
    }

    @Test
    void theDocumentSaysWhatItIsAndHoldsEveryTableOfTheStore() throws Exception {
        JsonNode document = JSON.readTree(demoExport);
        assertTrue(demoExport.startsWith("{\n  \"format\": \"dagpuzzel-export\",\n  \"formatVersion\": 1,\n"
                + "  \"schemaVersion\": "), demoExport.substring(0, 120));
        StoreExchange exchange = new StoreExchange(demo.store(), EXPORT_TIME);
        assertEquals(exchange.schemaVersion(), document.get("schemaVersion").asText());
        assertEquals("2026-11-27T17:30:00+01:00", document.get("exportedAt").asText());

        Set<String> inStore = new TreeSet<>(demo.store().dsl().fetch("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'").getValues(0, String.class)
                .stream().map(n -> n.toLowerCase(Locale.ROOT)).toList());
        inStore.remove("flyway_schema_history");
        Set<String> exported = new TreeSet<>();
        document.get("tables").fieldNames().forEachRemaining(exported::add);
        assertEquals(inStore, exported, "every table of the store, and only those");
        assertEquals(new ArrayList<>(exported), exchange.tableNames(), "tables in name order");
        assertFalse(document.get("tables").get("staff_member").isEmpty());
    }

    @Test
    void anImportWritesEveryTableAfterTheTablesItRefersToAndTheCoachLast() {
        ExchangeSchema schema = ExchangeSchema.current();
        List<ExchangeSchema.TableInfo> order = schema.insertOrder();
        assertEquals(new TreeSet<>(schema.tableNames()), new TreeSet<>(order.stream().map(t -> t.name).toList()));
        for (int i = 0; i < order.size(); i++) {
            for (ExchangeSchema.Reference reference : order.get(i).references) {
                if (!schema.isDeferred(reference)) {
                    assertTrue(order.indexOf(reference.target()) < i, order.get(i).name + " after " + reference.target().name);
                }
            }
        }
        ExchangeSchema.Reference coach = schema.table("staff_member").orElseThrow().references.getFirst();
        assertEquals("coach_id", coach.columns().getFirst().name());
        assertTrue(schema.isDeferred(coach), "a coach is a staff member too: filled in once all are in");
    }

    @Test
    void valuesHaveOneStableForm() {
        assertTrue(demoExport.contains("\"latitude\": 51.023400,"), "a DECIMAL(9, 6) keeps its six decimals");
        assertTrue(demoExport.matches("(?s).*\"start_date\": \"\\d{4}-\\d{2}-\\d{2}\".*"), "dates as 2026-11-27");
        assertTrue(demoExport.matches("(?s).*\"start_time\": \"\\d{2}:\\d{2}:\\d{2}\".*"), "times as 08:30:00");
        assertTrue(demoExport.matches("(?s).*\"created_at\": \"\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?\".*"));
        assertTrue(demoExport.contains("\"archived\": false"));
        assertTrue(demoExport.contains("\"end_date\": null"));
        assertTrue(demoExport.contains("\"hours_per_week\": "), "decimals as numbers");
        assertFalse(demoExport.contains("\r"), "the same line ends on every system");
        assertTrue(demoExport.endsWith("}\n"));
    }

    @Test
    void rowsAreOrderedByTheirKey() throws Exception {
        JsonNode tables = JSON.readTree(demoExport).get("tables");
        for (String name : List.of("staff_member", "absence", "roster_slot", "skill")) {
            long previous = Long.MIN_VALUE;
            for (JsonNode row : tables.get(name)) {
                assertTrue(row.get("id").asLong() > previous, name + " ordered by id");
                previous = row.get("id").asLong();
            }
        }
        String previousDay = "";
        for (JsonNode row : tables.get("roster_day")) {
            assertTrue(row.get("roster_date").asText().compareTo(previousDay) > 0, "roster days by date");
            previousDay = row.get("roster_date").asText();
        }
    }

    @Test
    void twoExportsOfTheSameDataDifferOnlyInTheirTime() throws Exception {
        Clock later = Clock.offset(EXPORT_TIME, java.time.Duration.ofHours(1));
        String again = export(demo, later);
        assertNotEquals(demoExport, again);
        assertEquals(withoutExportedAt(demoExport), withoutExportedAt(again));
        assertEquals(demoExport, export(demo), "the same moment gives the same bytes");
    }

    static String withoutExportedAt(String document) {
        return document.replaceFirst("\n  \"exportedAt\": \"[^\"]*\",\n", "\n");
    }

    @Test
    void textIsWrittenAsUtf8AsItIs() throws Exception {
        AppServices fresh = TestStore.open(folder.resolve("utf8"));
        try {
            fresh.centres().create(new be.dagpuzzel.settings.CentreDetails("Dagcentrum ’t Hofké — Zoë",
                    be.dagpuzzel.core.Address.EMPTY, java.util.Optional.empty()));
            String document = export(fresh);
            assertTrue(document.contains("\"name\": \"Dagcentrum ’t Hofké — Zoë\""), "no \\u escapes");
            assertTrue(document.contains("\"latitude\": null"));
        } finally {
            fresh.store().close();
        }
    }

    @Test
    void aStoreThatHoldsDataIsRefusedAndKeepsItsData() throws Exception {
        ImportException refused = assertThrows(ImportException.class, () -> importText(demo, demoExport));
        List<String> lines = ImportReport.lines(refused, new Messages(Locale.ENGLISH));
        assertEquals(1, lines.size());
        assertTrue(lines.getFirst().startsWith("This Dagpuzzel already holds data (table "), lines.getFirst());
        assertFalse(new StoreExchange(demo.store(), EXPORT_TIME).isEmpty());
        assertEquals(demoExport, export(demo));
    }

    @Test
    void aFileWithoutOneOfTheTablesOrWithARowTheDatabaseRefusesChangesNothing() throws Exception {
        ObjectNode document = (ObjectNode) JSON.readTree(demoExport);
        ((ObjectNode) document.get("tables")).remove("skill");
        AppServices fresh = TestStore.open(folder.resolve("missing-table"));
        try {
            String before = export(fresh);
            ImportException refused = assertThrows(ImportException.class,
                    () -> importText(fresh, JSON.writeValueAsString(document)));
            assertEquals(List.of("tables.skill: the table is missing (an export lists every table, also the empty ones)."),
                    ImportReport.lines(refused, new Messages(Locale.ENGLISH)));
            assertEquals(before, export(fresh));
            assertTrue(new StoreExchange(fresh.store(), EXPORT_TIME).isEmpty());

            // the database refuses the last staff member after everything before it was written
            ObjectNode whole = (ObjectNode) JSON.readTree(demoExport);
            ArrayNode staff = (ArrayNode) whole.get("tables").get("staff_member");
            int last = staff.size() - 1;
            ((ObjectNode) staff.get(last)).put("end_date", "2000-01-01");
            ImportException halfway = assertThrows(ImportException.class,
                    () -> importText(fresh, JSON.writeValueAsString(whole)));
            assertEquals("tables.staff_member[" + last + "]: breaks the rule staff_period of table staff_member: "
                    + "(end_date is null) or (end_date >= start_date).",
                    ImportReport.lines(halfway, new Messages(Locale.ENGLISH)).getFirst());
            assertEquals(before, export(fresh), "nothing written before the refused row is left");
            assertEquals(1, fresh.centres().create(new be.dagpuzzel.settings.CentreDetails("Dagcentrum Het Anker",
                    be.dagpuzzel.core.Address.EMPTY, java.util.Optional.empty())).id(),
                    "ids go on where they were, not after the refused file's");
        } finally {
            fresh.store().close();
        }
    }
}
