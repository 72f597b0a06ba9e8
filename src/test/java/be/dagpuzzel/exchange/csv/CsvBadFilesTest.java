package be.dagpuzzel.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.Address;
import be.dagpuzzel.exchange.StoreExchange;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.ParticipantDetails;
import be.dagpuzzel.ui.Messages;

/**
 * The corpus of bad CSV files in {@code src/test/resources/csv-bad/} (with the place and the words of
 * each expected message in {@code index.txt}): each is refused as a whole, or has the rows listed
 * with their line and column; asking to import all rows is refused; and every table of the store
 * (the demo centre plus Jan Peeters) has as many rows as before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvBadFilesTest {

    private static final String FOLDER = "/csv-bad/";
    private static final Messages ENGLISH = new Messages(Locale.ENGLISH);
    private static final Messages DUTCH = new Messages(Locale.forLanguageTag("nl-BE"));

    /** One expected message: which import, where (0 = the file as a whole, "" = the whole row), which words. */
    record Expected(String kind, int line, String column, String words) {

        boolean matches(CsvProblem problem) {
            return problem.line() == line && problem.column().equals(column)
                    && problem.describe(ENGLISH).contains(words);
        }
    }

    @TempDir
    static Path folder;
    private AppServices services;

    @BeforeAll
    void store() {
        services = TestStore.open(folder);
        services.demo().fill(LocalDate.of(2026, 11, 27));
        services.staff().create(StaffProfile.newcomer("Jan", "Peeters", Programme.REGULAR, LocalDate.of(2025, 9, 1)));
        services.participants().add(new ParticipantDetails("Maria", "Claes", new Address("Kerkstraat", "1", "9299",
                "Lindegem"), Optional.empty(), "", "", "", LocalDate.of(2025, 1, 6), null, MobilityAid.NONE, 2, false, "",
                null, null, ""), Set.of(DayOfWeek.MONDAY));
    }

    @AfterAll
    void close() {
        services.store().close();
    }

    static Map<String, List<Expected>> index() throws IOException {
        Map<String, List<Expected>> index = new LinkedHashMap<>();
        try (InputStream in = CsvBadFilesTest.class.getResourceAsStream(FOLDER + "index.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split(" \\| ", 5);
                index.computeIfAbsent(parts[0].strip(), f -> new ArrayList<>()).add(new Expected(parts[1].strip(),
                        parts[2].strip().equals("-") ? 0 : Integer.parseInt(parts[2].strip()),
                        parts[3].strip().equals("-") ? "" : parts[3].strip(), parts[4].strip()));
            }
        }
        return index;
    }

    static Stream<Arguments> badFiles() throws IOException {
        return index().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void theCorpusHasFifteenFilesOrMoreAndEachIsInTheIndex() throws Exception {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(Path.of(CsvBadFilesTest.class.getResource(FOLDER).toURI()))) {
            list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).forEach(files::add);
        }
        assertEquals(files, new TreeSet<>(index().keySet()));
        assertTrue(files.size() >= 15, files.size() + " files");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedOrHasItsRowsListedAndChangesNothing(String file, List<Expected> expected) throws Exception {
        Map<String, Integer> before = rowCounts();
        byte[] bytes;
        try (InputStream in = CsvBadFilesTest.class.getResourceAsStream(FOLDER + file)) {
            bytes = in.readAllBytes();
        }
        CsvImport<?> importer = expected.getFirst().kind().equals("staff")
                ? new CsvImport<>(new StaffCsv(services.staff(), ENGLISH))
                : new CsvImport<>(new ParticipantCsv(services.participants(), ENGLISH));
        List<CsvProblem> problems = problems(importer, bytes);

        List<String> lines = problems.stream().map(p -> p.describe(ENGLISH)).toList();
        for (Expected e : expected) {
            assertTrue(problems.stream().anyMatch(e::matches), "expected line " + e.line() + ", column “" + e.column()
                    + "”: “" + e.words() + "” in\n" + String.join("\n", lines));
        }
        for (CsvProblem p : problems) {
            String dutch = p.describe(DUTCH);
            assertFalse(dutch.contains("!csv.") || dutch.contains("!validation."), "Dutch words for every message: " + dutch);
            assertFalse(dutch.contains("Exception"), "no technical text: " + dutch);
        }
        assertEquals(before, rowCounts(), "every table as before");
    }

    /** The file's problems: the parser's refusal, or the rows' problems after which "import all" is refused too. */
    private static <T> List<CsvProblem> problems(CsvImport<T> importer, byte[] bytes) {
        CsvTable table;
        try {
            table = CsvParser.parse(bytes);
        } catch (CsvRefusedException refused) {
            return refused.problems();
        }
        CsvCheck<T> check = importer.check(table, importer.guess(table.header()), importer.kind().existing(), f -> { });
        assertFalse(check.allValid(), "a bad file has a problem");
        CsvRefusedException refused = assertThrows(CsvRefusedException.class,
                () -> importer.importRows(check, false, f -> { }));
        assertEquals(check.problems().size(), refused.problems().size(), "importing all rows is refused with the same problems");
        return check.problems();
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : new StoreExchange(services.store(), java.time.Clock.systemUTC()).tableNames()) {
            counts.put(table, services.store().dsl().fetchCount(DSL.table(table)));
        }
        assertTrue(counts.get("staff_member") > 1 && counts.get("participant") > 1, counts.toString());
        return counts;
    }
}
