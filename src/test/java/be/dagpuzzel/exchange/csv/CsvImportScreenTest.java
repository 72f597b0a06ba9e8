package be.dagpuzzel.exchange.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.app.DagpuzzelApp;
import be.dagpuzzel.app.ExchangeFiles;
import be.dagpuzzel.app.StartOptions;
import be.dagpuzzel.testing.AppUiTest;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Messages;

/**
 * The CSV menu items of the real app with files given instead of the file dialogs: a broken file is
 * refused with its line; a spreadsheet with one bad row shows it with its line and column, "import
 * all" stays off, "only the valid rows" brings the others in; the hours report is written where asked.
 */
class CsvImportScreenTest extends AppUiTest {

    @TempDir
    Path files;
    /** What the file dialogs answer, in turn. */
    private final Deque<Path> chosen = new ArrayDeque<>();
    private final List<String> suggested = new ArrayList<>();

    @Override
    protected DagpuzzelApp createApp(StartOptions options, Clock clock) {
        return new DagpuzzelApp(options, clock, new ExchangeFiles() {
            @Override
            public Optional<Path> exportTarget(Window owner, Messages messages, String suggestedName) {
                return Optional.ofNullable(chosen.poll());
            }

            @Override
            public Optional<Path> importSource(Window owner, Messages messages) {
                return Optional.ofNullable(chosen.poll());
            }

            @Override
            public Optional<Path> csvSource(Window owner, Messages messages) {
                return Optional.ofNullable(chosen.poll());
            }

            @Override
            public Optional<Path> csvTarget(Window owner, Messages messages, String suggestedName) {
                suggested.add(suggestedName);
                return Optional.ofNullable(chosen.poll());
            }
        });
    }

    @SuppressWarnings("unchecked")
    private List<String> problems() {
        return List.copyOf(robot.lookup("#csvProblems").queryAs(ListView.class).getItems());
    }

    private boolean disabled(String id) {
        return robot.lookup(id).queryAs(Button.class).isDisabled();
    }

    private String status() {
        String text = robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
        return text == null ? "" : text;
    }

    @Test
    void participantsFromASpreadsheetWithOneBadRowThenTheHoursReport() throws Exception {
        startWithDemo();
        Path broken = files.resolve("kapot.csv");
        Files.writeString(broken, "Voornaam;Familienaam\r\nJan;Peeters\r\n\"Piet;Claes\r\n", StandardCharsets.UTF_8);
        chosen.add(broken);
        robot.clickOn("File").clickOn("Import participants from CSV…");
        waitUntil(() -> exists("#importProblems"));
        assertTrue(robot.lookup("#importProblems").queryAs(TextArea.class).getText()
                .startsWith("Line 3: a quote (\") opens a field here but is never closed"));
        robot.push(KeyCode.ENTER);
        waitUntil(() -> !exists("#importProblems"));

        Path sheet = files.resolve("nieuwe deelnemers.csv");
        Files.writeString(sheet, "\uFEFFVoornaam;Familienaam;Straat;Postcode;Gemeente;Startdatum;Dagen\r\n"
                + "Odette;Verhulst;Kerkstraat 5;9299;Lindegem;01/12/2026;ma wo\r\n"
                + "Roger;Baert;Molenstraat 8;92999;Lindegem;01/12/2026;di do\r\n"
                + "Simonne;Cools;Veldstraat 2;9298;Hulsbeke;01/12/2026;vr\r\n", StandardCharsets.UTF_8);
        chosen.add(sheet);
        robot.clickOn("File").clickOn("Import participants from CSV…");
        waitUntil(() -> exists("#csvProblems") && !problems().isEmpty());
        assertEquals("nieuwe deelnemers.csv: 3 rows, separated by semicolons", text("#csvFile"));
        assertEquals(List.of("Line 3, column “Postcode”: A Belgian postcode has four digits, e.g. 9000."), problems());
        assertTrue(disabled("#csvImportAll"), "not all rows can go in");
        assertFalse(disabled("#csvImportValid"));
        assertEquals("Import only the 2 valid rows", robot.lookup("#csvImportValid").queryAs(Button.class).getText());
        assertTrue(text("#csvRule").contains("same address"), "the dialog says when two rows are the same person");

        robot.clickOn("#csvImportValid");
        waitUntil(() -> !exists("#csvProblems"));
        waitUntil(() -> status().equals("2 participants imported."));

        Path report = files.resolve("rapport").resolve("uren.csv");
        chosen.add(report);
        robot.clickOn("File").clickOn("Export hours (CSV)…");
        waitUntil(() -> exists("#csvPeriodNext"));
        DatePicker from = robot.lookup("#csvFrom").queryAs(DatePicker.class);
        assertEquals("01/10/2026", from.getEditor().getText(), "last month to begin with");
        robot.clickOn(from.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("16/11/2026");
        DatePicker to = robot.lookup("#csvTo").queryAs(DatePicker.class);
        robot.clickOn(to.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("20/11/2026");
        robot.clickOn("#csvPeriodNext");
        waitUntil(() -> status().startsWith("Hours exported to "));
        assertEquals(List.of("dagpuzzel-hours-2026-11-16-2026-11-20.csv"), suggested);
        byte[] written = Files.readAllBytes(report);
        assertEquals((byte) 0xEF, written[0]);
        String text = new String(written, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\nLast name;First name;Programme;Driver;"), text);

        stopApp();
        AppServices store = TestStore.open(dataDir);
        try {
            List<String> names = store.participants().all().stream().map(p -> p.fullName()).toList();
            assertTrue(names.contains("Odette Verhulst") && names.contains("Simonne Cools"), names.toString());
            assertFalse(names.contains("Roger Baert"), "the row with a problem stayed out");
        } finally {
            store.store().close();
        }
    }
}
