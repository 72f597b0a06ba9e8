package be.dagpuzzel.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.app.ImportReport;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Messages;

/**
 * The corpus of bad import files in {@code src/test/resources/import-bad/} (listed with the place
 * and the words each message must have in {@code index.txt}): every one is refused, the message
 * starts with the place in the file, and the store is exactly as before. One empty store serves
 * all of them: since a refused import must leave it as it was, each file meets an empty store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportBadImportsTest {

    private static final String FOLDER = "/import-bad/";
    /** Reads as strictly as the import (a field twice is an error) and keeps numbers exactly as written. */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
            .build();
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Messages DUTCH = new Messages(Locale.forLanguageTag("nl-BE"));

    /** What the message for one file must say: where, and in which words. */
    record Expected(String place, String words) {
    }

    @TempDir
    static Path folder;
    private AppServices store;
    private StoreExchange exchange;
    private String emptyExport;

    @BeforeAll
    void emptyStore() throws IOException {
        store = TestStore.open(folder);
        exchange = new StoreExchange(store.store(), ExportImportTest.EXPORT_TIME);
        emptyExport = ExportImportTest.export(store);
    }

    @AfterAll
    void close() {
        store.store().close();
    }

    static Map<String, List<Expected>> index() throws IOException {
        Map<String, List<Expected>> index = new LinkedHashMap<>();
        try (InputStream in = ExportBadImportsTest.class.getResourceAsStream(FOLDER + "index.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" \\| ", 3);
                index.computeIfAbsent(parts[0].strip(), f -> new ArrayList<>())
                        .add(new Expected(parts[1].strip(), parts[2].strip()));
            }
        }
        return index;
    }

    static Stream<Arguments> badFiles() throws IOException {
        return index().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void theCorpusHasThirtyFilesOrMoreAndEachIsInTheIndex() throws Exception {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(Path.of(ExportBadImportsTest.class.getResource(FOLDER).toURI()))) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).forEach(files::add);
        }
        assertEquals(files, new TreeSet<>(index().keySet()));
        assertTrue(files.size() >= 30, files.size() + " files");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedWithItsPlaceAndChangesNothing(String file, List<Expected> expected) throws Exception {
        ImportException refused = assertThrows(ImportException.class,
                () -> exchange.importFrom(new java.io.ByteArrayInputStream(content(file)), f -> { }));

        List<String> lines = ImportReport.lines(refused, ENGLISH);
        for (Expected e : expected) {
            String start = e.place().equals("-") ? "" : e.place() + ": ";
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(start) && l.contains(e.words())),
                    "expected a line starting with “" + start + "” saying “" + e.words() + "” in\n" + String.join("\n", lines));
        }
        assertTrue(lines.size() <= ImportReport.SHOWN + 1, "at most " + ImportReport.SHOWN + " problems and a count");
        for (String line : ImportReport.lines(refused, DUTCH)) {
            assertFalse(line.contains("!import."), "every message has Dutch words: " + line);
            assertFalse(line.contains("Exception") || line.contains("\tat "), "no technical text: " + line);
        }
        assertEquals(emptyExport, ExportImportTest.export(store), "the store is exactly as before");
    }

    /**
     * The file as the import sees it: the store's data version in place of "@schemaVersion@", and
     * tables the file leaves out added empty (a file that is not an object of tables stays as it is).
     */
    private byte[] content(String file) throws IOException {
        byte[] raw;
        try (InputStream in = ExportBadImportsTest.class.getResourceAsStream(FOLDER + file)) {
            raw = in.readAllBytes();
        }
        String text = new String(raw, StandardCharsets.UTF_8).replace("\"@schemaVersion@\"", exchange.schemaVersion());
        JsonNode document;
        try {
            document = JSON.readTree(text);
        } catch (IOException notJson) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (document != null && document.get("tables") instanceof ObjectNode tables) {
            for (String table : exchange.tableNames()) {
                if (!tables.has(table)) {
                    tables.putArray(table);
                }
            }
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
