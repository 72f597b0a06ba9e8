package be.dagpuzzel.roster.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;

import be.dagpuzzel.testing.AppUiTest;

/** The Today board of the real app, driven by mouse and keyboard. */
class RosterBoardScreenTest extends AppUiTest {

    private Label firstSeatOf(String slotLabel) {
        return (Label) robot.lookup(".slot-card").queryAll().stream()
                .filter(card -> robot.from(card).lookup(".slot-label").queryLabeled().getText().equals(slotLabel))
                .map(card -> robot.from(card).lookup(".seat").query())
                .findFirst().orElseThrow();
    }

    private String firstCompanionSeatText() {
        try {
            return robot.lookup(".slot-card").queryAll().stream()
                    .filter(card -> robot.from(card).lookup(".slot-info").queryLabeled().getText().contains("Bus companion"))
                    .map(card -> ((Label) robot.from(card).lookup(".seat").query()).getText()).findFirst().orElse("");
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** The text on the first place of a slot, or "" while the board is being drawn. */
    private String seatText(String slotLabel) {
        try {
            return firstSeatOf(slotLabel).getText();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private boolean anyWarning(String start) {
        ListView<?> list = robot.lookup("#warningList").queryListView();
        return list.getItems().stream().anyMatch(w -> ((BoardModels.WarningLine) w).text().startsWith(start));
    }

    @Test
    void assignByTypingSeeTheWarningUndoAndFillTheRest() throws Exception {
        startWithDemo();
        waitUntil(() -> exists(".slot-card"));

        // select the logistics place and type part of a name
        Node seat = firstSeatOf("Logistiek en was");
        robot.clickOn(seat).write("sof");
        waitUntil(() -> exists("#assignName"));
        robot.push(KeyCode.ENTER);
        waitUntil(() -> seatText("Logistiek en was").contains("Sofie Van Damme"));
        waitUntil(() -> anyWarning("Sofie Van Damme is not here today"));

        // Ctrl+Z takes it back
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> seatText("Logistiek en was").equals("open"));
        assertTrue(!anyWarning("Sofie Van Damme is not here today"));

        // Delete clears a place filled by typing
        robot.clickOn(firstSeatOf("Logistiek en was")).write("kev").push(KeyCode.ENTER);
        waitUntil(() -> seatText("Logistiek en was").contains("Kevin Maes"));
        robot.clickOn(firstSeatOf("Logistiek en was")).push(KeyCode.DELETE);
        waitUntil(() -> seatText("Logistiek en was").equals("open"));

        // fill the rest with auto-plan, then take it back in one step
        robot.clickOn("#autoPlan");
        waitUntil(() -> text("#boardMessage") != null && text("#boardMessage").startsWith("Fill the rest changed"));
        String afterPlan = text("#boardSummary");
        assertTrue(afterPlan.contains("no problems"), afterPlan);
        robot.clickOn("#boardUndo");
        waitUntil(() -> text("#boardSummary").startsWith("16 open places"));
    }

    @Test
    void dragAPersonOntoAPlaceThenReportThemSickAndRePlan() throws Exception {
        startWithDemo();
        waitUntil(() -> exists(".slot-card"));
        Node gerda = robot.lookup("#hereList").queryListView().lookupAll(".list-cell").stream()
                .filter(c -> c instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() != null
                        && ((BoardModels.PersonLine) cell.getItem()).name().equals("Gerda Verstraeten"))
                .findFirst().orElseThrow();
        robot.drag(gerda).dropTo(firstSeatOf("Logistiek en was"));
        waitUntil(() -> seatText("Logistiek en was").contains("Gerda Verstraeten"));

        // Gerda calls in sick: Delete on her name opens the absence dialog with his name typed in
        robot.clickOn(gerda).push(KeyCode.DELETE);
        waitUntil(() -> exists("#quickAbsenceRecord"));
        robot.clickOn("#quickAbsenceRecord");
        waitUntil(() -> anyWarning("Gerda Verstraeten is not here today"));
        assertTrue(seatText("Logistiek en was").startsWith("⚠"), "the place shows the problem");

        robot.clickOn("#replan");
        waitUntil(() -> !anyWarning("Gerda Verstraeten is not here today") && !seatText("Logistiek en was").contains("Gerda"));
        assertTrue(text("#boardMessage").startsWith("Re-plan changed"));
    }

    @Test
    void enterInTheChooserTakesTheBestRankedMatchAndAWarningLeadsToItsPlace() throws Exception {
        startWithDemo();
        waitUntil(() -> exists(".slot-card"));
        Node companion = robot.lookup(".slot-card").queryAll().stream()
                .filter(card -> robot.from(card).lookup(".slot-info").queryLabeled().getText().contains("Bus companion"))
                .map(card -> (Node) robot.from(card).lookup(".seat").query()).findFirst().orElseThrow();
        robot.clickOn(companion).write("e");
        waitUntil(() -> exists("#assignList") && text(".assign-popup .hint") != null
                && text(".assign-popup .hint").startsWith("Best first"));
        @SuppressWarnings("unchecked")
        ListView<BoardModels.Candidate> list = robot.lookup("#assignList").queryAs(ListView.class);
        BoardModels.Candidate best = list.getSelectionModel().getSelectedItem();
        assertTrue(best.fits(), "the first choice fits: " + best);
        robot.push(KeyCode.ENTER);
        waitUntil(() -> firstCompanionSeatText().contains(best.name()));

        // a warning in the list takes the focus to its place
        robot.clickOn(firstSeatOf("Verzorging")).write("sofie").push(KeyCode.ENTER);
        waitUntil(() -> anyWarning("Sofie Van Damme is not here today"));
        ListView<?> warnings = robot.lookup("#warningList").queryListView();
        Node line = robot.from(warnings).lookup(".list-cell").queryAll().stream()
                .filter(c -> c instanceof javafx.scene.control.ListCell<?> cell && cell.getItem() != null
                        && ((BoardModels.WarningLine) cell.getItem()).text().startsWith("Sofie Van Damme is not here"))
                .findFirst().orElseThrow();
        robot.clickOn(line);
        waitUntil(() -> firstSeatOf("Verzorging").isFocused());
    }

    @Test
    void theBoardIsStoredAndShownAgainAfterARestart() throws Exception {
        startWithDemo();
        waitUntil(() -> exists(".slot-card"));
        robot.clickOn(firstSeatOf("Verzorging")).write("fatma").push(KeyCode.ENTER);
        waitUntil(() -> seatText("Verzorging").contains("Fatma Yilmaz"));
        stopApp();
        startApp();
        waitUntil(() -> exists(".slot-card") && seatText("Verzorging").contains("Fatma Yilmaz"));
        assertEquals("15 open places, no problems", text("#boardSummary"));
    }
}
