package be.dagpuzzel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.demo.DemoCentre;
import be.dagpuzzel.exchange.StoreExchange;
import be.dagpuzzel.testing.AppUiTest;
import be.dagpuzzel.testing.TestStore;
import be.dagpuzzel.ui.Messages;

/**
 * The demo centre's export, imported on the welcome page of a new data folder: a bad file is
 * refused with its place and the welcome page stays; the export brings the centre; File > Import
 * on a store with data says it only works on an empty one; File > Export everything writes it
 * all out again.
 */
class ExportImportScreenTest extends AppUiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path files;
    /** What the file dialogs answer, in turn. */
    private final Deque<Path> chosen = new ArrayDeque<>();

    @Override
    protected DagpuzzelApp createApp(StartOptions options, Clock clock) {
        return new DagpuzzelApp(options, clock, new ExchangeFiles() {
            @Override
            public Optional<Path> exportTarget(Window owner, Messages messages, String suggestedName) {
                assertEquals("dagpuzzel-export-2026-11-27.json", suggestedName);
                return Optional.ofNullable(chosen.poll());
            }

            @Override
            public Optional<Path> importSource(Window owner, Messages messages) {
                return Optional.ofNullable(chosen.poll());
            }
        });
    }

    @Test
    void importTheDemoCentreOnTheWelcomePageThenExportItFromTheFileMenu() throws Exception {
        Path export = files.resolve("de-linde.json");
        AppServices source = TestStore.open(files.resolve("other-pc"));
        try {
            source.demo().fill(FRIDAY);
            new StoreExchange(source.store(), FRIDAY_MORNING).exportTo(export, f -> { });
        } finally {
            source.store().close();
        }
        String exported = Files.readString(export, StandardCharsets.UTF_8);

        startApp();
        waitUntil(() -> exists("#startImport"));
        Path bad = files.resolve("bad.json");
        Files.writeString(bad, exported.replace("\"formatVersion\": 1,", "\"formatVersion\": 2,"));
        chosen.add(bad);
        robot.clickOn("#startImport");
        waitUntil(() -> exists("#importProblems"));
        String problems = robot.lookup("#importProblems").queryAs(TextArea.class).getText();
        assertTrue(problems.startsWith("formatVersion: this export has format version 2, made by a newer Dagpuzzel"),
                problems);
        assertEquals("The file was not imported; nothing was changed.", text(".dialog-pane .header-panel .label"));
        robot.push(KeyCode.ENTER);
        waitUntil(() -> !exists("#importProblems"));
        assertTrue(exists("#startDemo"), "still on the welcome page");

        chosen.add(export);
        robot.clickOn("#startImport");
        waitForSlowStep(() -> exists("#centreName") && DemoCentre.NAME.equals(text("#centreName")));
        assertFalse(exists("#startImport"));

        robot.clickOn("File").clickOn("Import from an export…");
        waitUntil(() -> exists("#importOnlyEmpty"));
        assertTrue(text("#importOnlyEmpty").startsWith("An export can only be imported into an empty Dagpuzzel"));
        robot.push(KeyCode.ENTER);
        waitUntil(() -> !exists("#importOnlyEmpty"));
        assertTrue(chosen.isEmpty(), "no file was asked for");

        Path again = files.resolve("usb").resolve("again.json");
        chosen.add(again);
        robot.clickOn("File").clickOn("Export everything…");
        waitUntil(() -> status().startsWith("Everything exported to "));
        assertEquals("Everything exported to " + again, status());
        // the board has made today's roster from the template meanwhile; everything imported is there
        JsonNode before = JSON.readTree(exported).get("tables");
        JsonNode after = JSON.readTree(again.toFile()).get("tables");
        before.fieldNames().forEachRemaining(table -> {
            Set<JsonNode> rows = new HashSet<>();
            after.get(table).forEach(rows::add);
            before.get(table).forEach(row -> assertTrue(rows.contains(row), table + " still has " + row));
        });
    }

    private String status() {
        String text = robot.lookup("#statusBar").queryAs(StatusBar.class).getText();
        return text == null ? "" : text;
    }

}
