package be.dagpuzzel.participants.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;

import be.dagpuzzel.testing.AppUiTest;
import be.dagpuzzel.transport.AbsenceReason;
import be.dagpuzzel.transport.ParticipantAbsence;

/** The participants section of the real app, used by keyboard and mouse, checked again after a restart. */
class ParticipantsViewTest extends AppUiTest {

    private static final String ANDRE = "Van Damme, André";

    @SuppressWarnings("unchecked")
    private TableView<ParticipantRow> participantTable() {
        return robot.lookup("#participantTable").queryAs(TableView.class);
    }

    private boolean listed(String name) {
        return participantTable().getItems().stream().anyMatch(r -> r.name().equals(name));
    }

    private String field(String id) {
        return robot.lookup("#" + id).queryAs(TextField.class).getText();
    }

    private void openParticipantsSection() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        waitUntil(() -> exists("#participantTable") && listed(ANDRE));
    }

    /** Ctrl+F, part of the name without its accent, Enter: the first match opens. */
    private void findAndOpen(String search, String fullName) throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.F);
        robot.write(search).push(KeyCode.ENTER);
        waitUntil(() -> fullName.equals(text("#participantName")));
    }

    /**
     * Types over a profile field. One below the fold is reached as from the keyboard: Tab from the
     * first name until it has the focus (the form scrolls along).
     */
    private void replace(String id, String text) throws Exception {
        Node target = robot.lookup("#" + id).query();
        if (inSight(id)) {
            robot.clickOn(target);
        } else {
            robot.clickOn("#firstName");
            for (int i = 0; i < 40 && !target.isFocused(); i++) {
                robot.push(KeyCode.TAB);
            }
            assertTrue(inSight(id), "the form scrolled to the focused field");
        }
        robot.push(KeyCode.CONTROL, KeyCode.A).write(text).push(KeyCode.TAB);
    }

    private boolean inSight(String id) {
        Node node = robot.lookup("#" + id).query();
        Bounds onScreen = node.localToScreen(node.getBoundsInLocal());
        Node tabs = robot.lookup("#participantTabs").query();
        Bounds area = tabs.localToScreen(tabs.getBoundsInLocal());
        return onScreen != null && area.contains(onScreen.getMinX() + 2, onScreen.getMaxY() - 2);
    }

    private void restart() throws Exception {
        stopApp();
        startApp();
        waitUntil(() -> exists("#participantTable") && listed(ANDRE));
    }

    @Test
    void searchFindsAParticipantAndTheDriverNoteTypedIsStored() throws Exception {
        startWithDemo();
        openParticipantsSection();
        findAndOpen("andre", "André Van Damme");
        assertEquals(1, participantTable().getItems().size(), "only André matches");
        assertEquals(ANDRE, participantTable().getSelectionModel().getSelectedItem().name());
        assertEquals("Mon Tue", participantTable().getItems().getFirst().weekdays());

        replace("driverNote", "Sleutel in de brievenbus");
        waitUntil(() -> !robot.lookup("#participantUndo").query().isDisabled());
        assertEquals("24 of 120 characters", text("#driverNoteCount"));

        restart();
        findAndOpen("van damme", "André Van Damme");
        assertEquals("Sleutel in de brievenbus", field("driverNote"));
    }

    @Test
    void aWrongPostcodeShowsItsMessageWhileTheOldOneStaysStoredAndTheRestIsSaved() throws Exception {
        startWithDemo();
        openParticipantsSection();
        findAndOpen("andre", "André Van Damme");
        String postcode = field("postcode");
        assertEquals(4, postcode.length());

        replace("postcode", "92A9");
        waitUntil(() -> visible("#postcode-error"));
        assertEquals("A Belgian postcode has four digits, e.g. 9000.", text("#postcode-error"));
        replace("contactName", "Dochter Ann");
        waitUntil(() -> !robot.lookup("#participantUndo").query().isDisabled());
        assertEquals("92A9", field("postcode"), "what she typed stays in the field to be corrected");

        restart();
        findAndOpen("andre", "André Van Damme");
        assertEquals(postcode, field("postcode"), "the wrong postcode was never stored");
        assertEquals("Dochter Ann", field("contactName"), "the valid field beside it was");
        assertFalse(visible("#postcode-error"));
    }

    @Test
    void aNotComingCallAddedOnTheAttendanceTabIsListed() throws Exception {
        startWithDemo();
        openParticipantsSection();
        findAndOpen("andre", "André Van Damme");
        robot.clickOn("Attendance");
        waitUntil(() -> visible("#callFrom"));
        assertEquals("27/11/2026", field("callFrom"), "a call is about today unless she types another day");
        assertEquals("Comes on Mon Tue.", text("#patternNow"));

        robot.clickOn("#callTo").write("4/12/2026");
        robot.clickOn("#callReason").push(KeyCode.DOWN).push(KeyCode.ENTER);
        robot.clickOn("#callNote").write("Griep, belt terug");
        robot.clickOn("#addCall");

        @SuppressWarnings("unchecked")
        TableView<ParticipantAbsence> calls = robot.lookup("#callTable").queryAs(TableView.class);
        waitUntil(() -> calls.getItems().size() == 1);
        assertEquals(AbsenceReason.HOSPITAL, calls.getItems().getFirst().reason());
        waitUntil(() -> robot.lookup("#callTable .table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(cell -> "27/11/2026 – 04/12/2026".equals(cell.getText())));
        assertTrue(robot.lookup("#callTable .table-cell").queryAllAs(Labeled.class).stream()
                .anyMatch(cell -> "Griep, belt terug".equals(cell.getText())));
        assertEquals("", field("callNote"), "the form is ready for the next call");
    }

    @Test
    void anArchivedParticipantLeavesTheListAfterConfirmingAndIsFoundUnderArchived() throws Exception {
        startWithDemo();
        openParticipantsSection();
        findAndOpen("andre", "André Van Damme");
        robot.clickOn("#participantSearch").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        waitUntil(() -> participantTable().getItems().size() == 35);

        robot.clickOn("#archiveParticipant");
        waitUntil(() -> exists("#confirmArchive"));
        robot.clickOn("#confirmArchive");
        waitUntil(() -> !listed(ANDRE));
        assertEquals(34, participantTable().getItems().size());
        assertTrue(visible(".archived-badge"));

        robot.clickOn("#participantShow").push(KeyCode.DOWN).push(KeyCode.ENTER);
        waitUntil(() -> listed(ANDRE));
        assertEquals(1, participantTable().getItems().size());
    }

    @Test
    void ctrlNAsksNameStartDateAndWeekdaysThenOpensTheNewProfile() throws Exception {
        startWithDemo();
        openParticipantsSection();

        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> exists("#new-firstName") && robot.lookup("#new-firstName").query().isFocused());
        robot.push(KeyCode.ENTER);
        waitUntil(() -> visible("#new-firstName-error"));
        assertEquals("Please fill this in.", text("#new-firstName-error"));
        assertEquals("Choose at least one weekday.", text("#new-days-error"));

        robot.clickOn("#new-firstName").write("Jeanne").push(KeyCode.TAB).write("Vandenberghe");
        robot.clickOn("#newDay-MONDAY").clickOn("#newDay-THURSDAY");
        robot.clickOn("#createParticipant");
        waitUntil(() -> "Jeanne Vandenberghe".equals(text("#participantName")));
        ParticipantRow row = participantTable().getItems().stream()
                .filter(r -> r.name().equals("Vandenberghe, Jeanne")).findFirst().orElseThrow();
        assertEquals("Mon Thu", row.weekdays());
        assertEquals("Own transport", row.run());
        waitUntil(() -> robot.lookup("#firstName").query().isFocused());
        assertFalse(exists(".dialog-pane"), "no dialog is left open, and no error was shown");
    }
}
