package be.dagpuzzel.transport.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import be.dagpuzzel.testing.AppUiTest;

/** The Transport section of the real app: morning calls, moving stops, printing the sheets. */
class TransportScreenTest extends AppUiTest {

    private Node card(String titleStart) {
        return robot.lookup(".run-card").queryAll().stream()
                .filter(c -> robot.from(c).lookup(".slot-label").queryLabeled().getText().startsWith(titleStart))
                .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<TransportModels.StopLine> stops(String titleStart) {
        try {
            return List.copyOf(((ListView<TransportModels.StopLine>) stopList(card(titleStart))).getItems());
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private Node stopList(Node card) {
        return robot.from(card).lookup((Node n) -> n.getId() != null && n.getId().startsWith("stops-")).query();
    }

    private String times(String titleStart) {
        try {
            return robot.from(card(titleStart)).lookup(".run-times").queryLabeled().getText();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private List<String> names(String titleStart) {
        return stops(titleStart).stream().map(TransportModels.StopLine::name).toList();
    }

    private void openTransport() throws Exception {
        startWithDemo();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> !stops("Ronde 1 · Morning").isEmpty() && !stops("Ronde 2 · Morning").isEmpty());
    }

    @Test
    void aMorningCallTakesTheStopOffAndTheRunLeavesLaterUndoPutsItBack() throws Exception {
        openTransport();
        String first = names("Ronde 1 · Morning").getFirst();
        String timesBefore = times("Ronde 1 · Morning");
        int callsBefore = robot.lookup("#callList").queryListView().getItems().size();

        robot.clickOn("#callName").write(first.substring(0, 5));
        waitUntil(() -> visible("#callMatches"));
        robot.push(KeyCode.ENTER).push(KeyCode.ENTER);

        waitUntil(() -> !names("Ronde 1 · Morning").contains(first) && !names("Ronde 1 · Evening").contains(first));
        assertNotEquals(timesBefore, times("Ronde 1 · Morning"), "the run is re-timed without the farthest stop");
        assertEquals(callsBefore + 1, robot.lookup("#callList").queryListView().getItems().size());
        assertTrue(text("#transportMessage").contains(first), text("#transportMessage"));

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> names("Ronde 1 · Morning").contains(first));
        assertEquals(timesBefore, times("Ronde 1 · Morning"));
        assertEquals(callsBefore, robot.lookup("#callList").queryListView().getItems().size());
    }

    @Test
    void aStopDraggedToTheTopIsPickedUpFirstAndCanBeMovedWithTheKeyboard() throws Exception {
        openTransport();
        List<String> before = names("Ronde 1 · Morning");
        String moved = before.getLast();
        String timesBefore = times("Ronde 1 · Morning");
        Node from = robot.from(stopList(card("Ronde 1 · Morning"))).lookup(".list-cell")
                .lookup((Label l) -> moved.equals(l.getText())).query();
        Node to = robot.from(stopList(card("Ronde 1 · Morning"))).lookup(".list-cell").query();

        robot.drag(from).dropTo(to);

        waitUntil(() -> names("Ronde 1 · Morning").getFirst().equals(moved));
        assertEquals(before.size(), names("Ronde 1 · Morning").size());
        assertNotEquals(timesBefore, times("Ronde 1 · Morning"), "re-timed for the new order");

        // Alt+Down moves the selected stop one place later
        robot.clickOn((Node) robot.from(stopList(card("Ronde 1 · Morning"))).lookup(".list-cell").query());
        robot.press(KeyCode.ALT).push(KeyCode.DOWN).release(KeyCode.ALT);
        waitUntil(() -> names("Ronde 1 · Morning").indexOf(moved) == 1);
    }

    @Test
    void printingWritesTheRouteSheetsWithTheStopsInOrder() throws Exception {
        openTransport();
        List<TransportModels.StopLine> morning = stops("Ronde 1 · Morning");
        robot.push(KeyCode.CONTROL, KeyCode.P); // on Transport, Ctrl+P prints the route sheets
        Path pdf = dataDir.resolve("prints").resolve("route-sheets-2026-11-27.pdf");
        waitUntil(() -> Files.exists(pdf) && text("#transportMessage").startsWith("Route sheets written"));
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            int previous = -1;
            for (TransportModels.StopLine stop : morning) {
                int at = text.indexOf(stop.name());
                assertTrue(at > previous, stop.name() + " in order on the sheet");
                previous = at;
                assertTrue(text.contains(stop.time()), stop.time());
            }
            assertTrue(text.contains("Ronde 2"), "all of the day's runs");
        }
        assertTrue(exists("#callName"), "still on Transport");
    }

    @Test
    void aDriverChosenOnTransportIsOnTheTodayBoardAtOnce() throws Exception {
        openTransport();
        Node driver = robot.from(card("Ronde 1 · Morning")).lookup((Node n) -> n.getId() != null
                && n.getId().startsWith("driver-")).query();
        robot.clickOn(driver);
        waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").queryAll().size() > 2);
        robot.push(KeyCode.DOWN).push(KeyCode.ENTER); // the first person, best by the rules
        waitUntil(() -> !robot.from(card("Ronde 1 · Morning")).lookup(".warning-hard").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().contains("Nobody drives")));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> robot.lookup(".slot-card").queryAll().stream().anyMatch(c -> robot.from(c)
                .lookup(".slot-label").queryLabeled().getText().equals("Ronde 1 ochtend")
                && !((Label) robot.from(c).lookup(".seat").query()).getText().equals("open")));
    }
}
