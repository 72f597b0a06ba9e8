package be.dagpuzzel.progress.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.progress.Meeting;
import be.dagpuzzel.testing.AppUiTest;

/**
 * The Onboarding and Meetings tabs of a worker's progress page in the real app with the demo
 * centre, on Friday 27 November 2026.
 * The app is started once for the class: each test opens the worker it needs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnboardingMeetingsScreenTest extends AppUiTest {

    @TempDir
    static Path store;
    private boolean started;

    /** One app for the whole class; {@link #stopOnce} ends it. */
    @Override
    protected void stopApp() {
    }

    @AfterAll
    void stopOnce() throws Exception {
        super.stopApp();
    }

    /** Opens the Progress section and a worker's page, found by typing in the search field. */
    private void openWorker(String search, String fullName) throws Exception {
        if (!started) {
            started = true;
            dataDir = store;
            startApp();
            // a slow start on a busy machine is no failure of these tabs: wait longer than for a click
            slowly(() -> exists("#startDemo"));
            robot.clickOn("#startDemo");
            slowly(() -> be.dagpuzzel.demo.DemoCentre.NAME.equals(text("#centreName")));
        }
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT5);
        slowly(() -> exists("#progressSearch"));
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write(search);
        // the overview line and the worker found
        slowly(() -> robot.lookup("#progressWorkers").queryListView().getItems().size() == 2);
        robot.push(KeyCode.ENTER);
        waitUntil(() -> fullName.equals(text("#progressName")));
    }

    private static void slowly(java.util.function.Supplier<Boolean> condition) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(90, java.util.concurrent.TimeUnit.SECONDS,
                () -> Boolean.TRUE.equals(condition.get()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aStepIsSignedOffByKeyboardAndTheSummaryShowsIt() throws Exception {
        openWorker("hassan", "Hassan El Amrani");
        robot.clickOn("#progressOnboardingTab");
        waitUntil(() -> climbedLadderId() > 0);
        long driving = climbedLadderId();
        assertTrue(text("#rosterRule-" + driving).contains("the board warns when Hassan drives without a companion"),
                text("#rosterRule-" + driving));

        robot.press(KeyCode.ALT).push(KeyCode.S).release(KeyCode.ALT);
        waitUntil(() -> exists("#signOffDate"));
        assertEquals("27/11/2026", robot.lookup("#signOffDate").queryAs(TextField.class).getText(), "today by default");
        waitUntil(() -> robot.lookup("#signOffDate").queryAs(TextField.class).isFocused());
        // typed text goes to TestFX's target window: the dialog now
        robot.targetWindow(robot.lookup("#signOffDate").query().getScene().getWindow());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("26/11");
        assertEquals("26/11", robot.lookup("#signOffDate").queryAs(TextField.class).getText());
        robot.push(KeyCode.ENTER);
        waitUntil(() -> !exists("#signOffDialog"));
        waitUntil(() -> text("#rosterRule-" + driving).startsWith("Signed off as “Drives alone”"));

        robot.targetWindow(stage);
        robot.clickOn("#progressSummaryTab");
        waitUntil(() -> summaryLine("Drives alone") != null);
        assertEquals("Drives alone — since 26/11/2026", summaryLine("Drives alone"));
        assertFalse(robot.lookup("#progressDue").queryListView().getItems().stream()
                .anyMatch(d -> ((be.dagpuzzel.progress.Due) d).kind() == be.dagpuzzel.progress.Due.Kind.SIGN_OFF),
                "nothing left to sign off");
    }

    @Test
    void aMeetingIsPlannedAndThenMarkedAsHeld() throws Exception {
        openWorker("marc", "Marc Claeys");
        robot.clickOn("#progressMeetingsTab");
        waitUntil(() -> exists("#meetingRule") && text("#meetingRule").startsWith("A functioning or evaluation meeting every 6 months"));
        // the demo gave Marc a functioning meeting four months ago: the next is due six months after it
        assertEquals("The next one is due by 27/01/2027; none is planned yet.", text("#meetingNext"));
        assertEquals(1, meetings().getItems().size());

        robot.clickOn("#planMeeting");
        waitUntil(() -> robot.lookup("#meetingPlanned").queryAs(TextField.class).isFocused());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("14/12/2026").push(KeyCode.ENTER);
        waitUntil(() -> meetings().getItems().size() == 2);
        assertEquals("Next: Functioning meeting planned on 14/12/2026.", text("#meetingNext"));

        robot.clickOn("14/12/2026");
        robot.clickOn("#markHeld");
        waitUntil(() -> robot.lookup("#meetingHeld").queryAs(TextField.class).isFocused());
        assertEquals("27/11/2026", robot.lookup("#meetingHeld").queryAs(TextField.class).getText());
        robot.clickOn("#meetingNotes").write("Moeilijke periode thuis.");
        robot.clickOn("#meetingAgreements").write("Elke week taalcoaching.");
        robot.clickOn("#meetingStore");
        waitUntil(() -> meetings().getItems().getFirst().isHeld());
        Meeting held = meetings().getItems().getFirst();
        assertEquals("Moeilijke periode thuis.", held.notes());
        assertEquals("Elke week taalcoaching.", held.agreements());
        assertFalse(visible("#meetingForm"), "the form closes once stored");
        waitUntil(() -> "The next one is due by 27/05/2027; none is planned yet.".equals(text("#meetingNext")));
        assertEquals("Notes: Moeilijke periode thuis.", text("#meetingNotesText"), "the notes of the chosen meeting");
        assertTrue(visible("#meetingConfidential"), "the notes are marked confidential");
    }

    /** The summary's line on a ladder that starts with {@code step}, or null. */
    private String summaryLine(String step) {
        return robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText)
                .filter(t -> t != null && t.startsWith(step + " — ")).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private TableView<Meeting> meetings() {
        return (TableView<Meeting>) robot.lookup("#meetingTable").queryAs(TableView.class);
    }

    /** The first card: the ladder being climbed (for Hassan: driving). */
    private long climbedLadderId() {
        return robot.lookup("#onboardingLadders").queryAs(javafx.scene.layout.VBox.class).getChildren().stream()
                .map(n -> n.getId()).filter(id -> id != null && id.startsWith("ladder-"))
                .map(id -> Long.parseLong(id.substring("ladder-".length()))).findFirst().orElse(-1L);
    }
}
