package be.dagpuzzel.staff.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;

import be.dagpuzzel.staff.Absence;
import be.dagpuzzel.testing.AppUiTest;

/** The staff section of the real app, used by mouse and keyboard, checked again after a restart. */
class StaffViewTest extends AppUiTest {

    @SuppressWarnings("unchecked")
    private TableView<StaffRow> staffTable() {
        return robot.lookup("#staffTable").queryAs(TableView.class);
    }

    private boolean listed(String name) {
        return staffTable().getItems().stream().anyMatch(r -> r.name().equals(name));
    }

    private void openStaffSection() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        waitUntil(() -> exists("#staffTable") && listed("Marc Claeys"));
    }

    @Test
    void aNewWorkerWithHoursASickDayAndArchivingAllSurviveARestart() throws Exception {
        startWithDemo();
        openStaffSection();

        // Ctrl+N: a new worker, typed by keyboard
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> exists("#new-firstName"));
        waitUntil(() -> robot.lookup("#new-firstName").query().isFocused());
        robot.clickOn("#new-firstName").write("Yasmina").push(KeyCode.TAB).write("Bouzid");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> "Yasmina Bouzid".equals(text("#staffName")));
        assertTrue(listed("Yasmina Bouzid"));

        // weekly hours: Monday, 08:30 until 12:00
        robot.clickOn("Availability");
        robot.clickOn("#works-MONDAY");
        waitUntil(() -> "08:30".equals(robot.lookup("#from-MONDAY").queryAs(TextField.class).getText()));
        robot.doubleClickOn("#to-MONDAY").push(KeyCode.CONTROL, KeyCode.A).write("12:00").push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#patternList").queryListView().getItems().size() == 1);

        // Ctrl+Shift+A from anywhere: she calls in sick today
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        waitUntil(() -> exists("#quickAbsenceName"));
        robot.clickOn("#quickAbsenceName").write("yasm").push(KeyCode.ENTER);
        waitUntil(() -> "Yasmina Bouzid – Sick: 27/11/2026.".equals(text("#statusBar .label")));
        robot.clickOn("Absences");
        waitUntil(() -> robot.lookup("#absenceTable").queryTableView().getItems().size() == 1);

        // archive: she leaves the active list
        robot.clickOn("#archiveStaff");
        waitUntil(() -> !listed("Yasmina Bouzid"));
        assertTrue(visible(".archived-badge"));

        stopApp();
        startApp();
        waitUntil(() -> exists("#staffTable") && listed("Marc Claeys"));
        assertFalse(listed("Yasmina Bouzid"), "archived people are not in the active list");
        robot.clickOn("#staffShow").push(KeyCode.DOWN).push(KeyCode.ENTER);
        waitUntil(() -> listed("Yasmina Bouzid"));
        robot.clickOn("Yasmina Bouzid");
        waitUntil(() -> "Yasmina Bouzid".equals(text("#staffName")));
        robot.clickOn("Availability");
        waitUntil(() -> robot.lookup("#works-MONDAY").queryAs(CheckBox.class).isSelected());
        assertEquals("12:00", robot.lookup("#to-MONDAY").queryAs(TextField.class).getText());
        assertFalse(robot.lookup("#works-TUESDAY").queryAs(CheckBox.class).isSelected());
        robot.clickOn("Absences");
        @SuppressWarnings("unchecked")
        TableView<Absence> absences = robot.lookup("#absenceTable").queryAs(TableView.class);
        waitUntil(() -> absences.getItems().size() == 1);
        assertEquals("SICK", absences.getItems().getFirst().kind().name());
        assertFalse(exists("#deleteStaff") && visible("#deleteStaff"), "someone with history cannot be deleted");
    }

    @Test
    void aRefusedFieldShowsItsMessageInPlaceAndCtrlZUndoesAStoredChange() throws Exception {
        startWithDemo();
        openStaffSection();
        robot.clickOn("Marc Claeys");
        waitUntil(() -> "Marc Claeys".equals(text("#staffName")));

        robot.doubleClickOn("#endDate").write("32/01/2027").push(KeyCode.TAB);
        waitUntil(() -> visible("#endDate-error"));
        assertEquals("Please enter a date as 27/11/2026.", text("#endDate-error"));

        robot.doubleClickOn("#endDate").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).push(KeyCode.TAB);
        waitUntil(() -> !visible("#endDate-error"));
        robot.doubleClickOn("#phone").push(KeyCode.CONTROL, KeyCode.A).write("0499 99 99 99").push(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#staffUndo").query().isDisabled());
        robot.clickOn("#staffUndo");
        waitUntil(() -> "0476 30 30 12".equals(robot.lookup("#phone").queryAs(TextField.class).getText()));
    }

    @Test
    void someoneWhoLeftIsErasedFromThePrivacyMenuAfterTwoQuestions() throws Exception {
        startWithDemo();
        openStaffSection();
        robot.clickOn("Marc Claeys");
        waitUntil(() -> "Marc Claeys".equals(text("#staffName")));
        robot.clickOn("#archiveStaff");
        waitUntil(() -> visible(".archived-badge"));

        robot.clickOn("#staffPrivacy");
        robot.clickOn("Erase personal data…");
        waitUntil(() -> exists("Continue…"));
        robot.clickOn("Continue…");
        waitUntil(() -> exists("Erase for good"));
        robot.clickOn("Erase for good");
        waitUntil(() -> text("#staffName").endsWith(" Anoniem"));
        assertTrue(text("#staffName").matches("#\\d+ Anoniem"), text("#staffName"));
        assertEquals("", robot.lookup("#phone").queryAs(TextField.class).getText(), "the phone is gone");
        assertTrue(robot.lookup("#staffUndo").query().isDisabled(), "no undo brings the data back");
    }
}
