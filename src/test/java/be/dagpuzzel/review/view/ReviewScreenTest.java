package be.dagpuzzel.review.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;

import be.dagpuzzel.testing.AppUiTest;

/** The Review section and the board's "Yesterday" panel in the real app, on Friday 27 November 2026. */
class ReviewScreenTest extends AppUiTest {

    private List<TextField> feedbackFields() {
        return robot.lookup("#feedbackTable .text-field").queryAllAs(TextField.class).stream().toList();
    }

    private String completeness() {
        return text("#reviewCompleteness");
    }

    private void openReview() throws Exception {
        startWithDemo();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> feedbackFields().size() > 5 && completeness().startsWith("Not yet reviewed"));
    }

    private int people() {
        return feedbackFields().size();
    }

    private ToggleButton rating(TextField field) {
        return robot.lookup("#rating-" + field.getId().substring("feedback-".length())).queryAs(ToggleButton.class);
    }

    @Test
    void aDayIsReviewedFromTopToBottomWithTheKeyboard() throws Exception {
        openReview();
        int n = people();
        assertEquals("Not yet reviewed: " + n + " of " + n + " without feedback", completeness().split(" \\(")[0]);

        List<TextField> fields = feedbackFields();
        robot.clickOn(fields.get(0));
        robot.push(KeyCode.ENTER); // went well, as shown
        robot.press(KeyCode.CONTROL).push(KeyCode.SPACE).release(KeyCode.CONTROL);
        robot.write("Vergat de gordels na te kijken");
        robot.push(KeyCode.DOWN);
        robot.write("Rustig gebleven bij de val");
        robot.push(KeyCode.ENTER);

        waitUntil(() -> completeness().startsWith("Not yet reviewed: " + (n - 3) + " of " + n));
        assertTrue(fields.get(3).isFocused(), "the cursor went on to the fourth person");
        String second = fields.get(1).getId();
        assertEquals("⚑ Point of attention", rating(fields.get(1)).getText());

        // another day and back: what was typed was stored
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        waitUntil(() -> !exists("#" + second) || completeness().startsWith("Reviewed"));
        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        waitUntil(() -> exists("#" + second) && completeness().startsWith("Not yet reviewed: " + (n - 3)));
        TextField again = robot.lookup("#" + second).queryAs(TextField.class);
        assertEquals("Vergat de gordels na te kijken", again.getText());
        assertEquals("⚑ Point of attention", rating(again).getText());
        assertEquals("✓ Went well", rating(feedbackFields().get(0)).getText());

        robot.clickOn("#markReviewed");
        waitUntil(() -> ("Reviewed: all " + n + " people have feedback.").equals(completeness()));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> completeness().startsWith("Not yet reviewed: " + (n - 3) + " of " + n));
    }

    @Test
    void anIncidentWithAFollowUpIsRecordedAndWaitsOnTheNextMorningsBoard() throws Exception {
        openReview();
        robot.clickOn("#addIncident");
        waitUntil(() -> exists("#incidentWhat"));
        robot.clickOn("#incidentWhat").write("Viel naast de rolstoel bij het toiletbezoek");
        robot.clickOn("#incidentTime").write("10:15");
        ListView<?> participants = robot.lookup("#incidentParticipants").queryAs(ListView.class);
        String who = participants.getItems().getFirst().toString();
        robot.clickOn((Node) robot.from(participants).lookup(".check-box").query());
        robot.clickOn("#incidentFollowUp");
        robot.clickOn("#incidentSave");

        waitUntil(() -> robot.lookup("#incidentList").queryListView().getItems().size() == 1);
        ReviewModels.IncidentLine line = (ReviewModels.IncidentLine) robot.lookup("#incidentList").queryListView()
                .getItems().getFirst();
        assertEquals("10:15 · Fall", line.heading());
        assertEquals(who, line.people());
        assertTrue(line.followUpNeeded() && !line.followUpDone());

        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> robot.lookup("#yesterdayPanel .check-box").queryAll().stream()
                .anyMatch(c -> ((CheckBox) c).getId().startsWith("followUp-"))
                && robot.lookup("#yesterdayPanel .label").queryAll().stream()
                        .anyMatch(l -> "Viel naast de rolstoel bij het toiletbezoek".equals(((javafx.scene.control.Label) l).getText())));
    }

    @Test
    void aNoteForTomorrowIsTickedOffOnTheNextWorkingDaysBoard() throws Exception {
        openReview();
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> exists("#reminderText"));
        assertEquals("30/11/2026", robot.lookup("#reminderDue").queryAs(TextField.class).getText(),
                "the next working day after Friday");
        robot.clickOn("#reminderText").write("Rolstoel van bus 2 laten nakijken").push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#reminderList").queryListView().getItems().size() == 1);

        // this morning's board shows what the demo's Thursday left open, not the new note
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT1);
        waitUntil(() -> exists("#yesterdayPanel") && carriedTexts().size() == 2);
        assertEquals("Yesterday · Thursday 26/11/2026", robot.lookup("#yesterdayPanel").queryAs(
                javafx.scene.control.TitledPane.class).getText());
        assertFalse(carriedTexts().contains("Rolstoel van bus 2 laten nakijken"));
        assertTrue(exists("#attention-line"), "yesterday's points of attention for today's team");

        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        waitUntil(() -> carriedTexts().contains("Rolstoel van bus 2 laten nakijken"));
        assertEquals("Yesterday · Friday 27/11/2026", robot.lookup("#yesterdayPanel").queryAs(
                javafx.scene.control.TitledPane.class).getText());
        int before = carriedTexts().size();
        robot.clickOn((Node) carried("Rolstoel van bus 2 laten nakijken"));
        waitUntil(() -> !carriedTexts().contains("Rolstoel van bus 2 laten nakijken") && exists("#carriedUndo"));
        assertEquals(before - 1, carriedTexts().size());

        // back on Friday's review the note is ticked off
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3);
        waitUntil(() -> robot.lookup("#reminderList").queryListView().getItems().size() == 1
                && ((ReviewModels.ReminderLine) robot.lookup("#reminderList").queryListView().getItems().getFirst()).done());
    }

    private List<String> carriedTexts() {
        return robot.lookup("#yesterdayPanel .check-box").queryAll().stream()
                .filter(c -> c.getId() != null && c.getId().startsWith("carried-"))
                .map(c -> ((CheckBox) c).getText()).toList();
    }

    private CheckBox carried(String text) {
        return robot.lookup("#yesterdayPanel .check-box").queryAll().stream()
                .filter(c -> c.getId() != null && c.getId().startsWith("carried-") && text.equals(((CheckBox) c).getText()))
                .map(CheckBox.class::cast).findFirst().orElseThrow();
    }
}
