package be.dagpuzzel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import be.dagpuzzel.demo.DemoCentre;
import be.dagpuzzel.store.Store;
import be.dagpuzzel.store.StoreOpener;
import be.dagpuzzel.testing.AppUiTest;

/** The real main window on a temporary data folder, driven as the nurse would. */
class MainWindowTest extends AppUiTest {

    @Test
    void demoCentreFromTheWelcomePageThenSectionsByMouseAndKeyboard() throws Exception {
        startApp();
        waitUntil(() -> exists("#startDemo"));
        assertEquals("Welcome to Dagpuzzel", text(".welcome-title"));

        robot.clickOn("#startDemo");
        waitForData(() -> exists("#centreName") && DemoCentre.NAME.equals(text("#centreName")));
        assertEquals("Dagpuzzel — " + DemoCentre.NAME, stage.getTitle());
        waitUntil(() -> "All changes saved".equals(
                robot.lookup("#statusBar").queryAs(org.controlsfx.control.StatusBar.class).getText()));
        assertSection("Today", "#nav-today");
        assertTrue(exists("#boardSummary"), "the Today board");

        robot.clickOn("#nav-transport");
        assertSection("Transport", "#nav-transport");
        waitUntil(() -> exists("#callName"));

        robot.clickOn("#nav-review");
        assertSection("Review", "#nav-review");
        waitUntil(() -> exists("#feedbackTable"));

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT7);
        assertSection("Settings", "#nav-settings");
        assertTrue(exists("#languageChoice"));

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertSection("Transport", "#nav-transport");
    }

    @Test
    void theDateMovesByWorkingDayWithTheKeyboardAndCanBeTyped() throws Exception {
        startWithDemo();
        assertEquals("Friday, 27 November 2026", text("#fullDate"));
        assertTrue(robot.lookup(".today-mark").query().isVisible());

        robot.push(KeyCode.ALT, KeyCode.RIGHT);
        waitUntil(() -> "Monday, 30 November 2026".equals(text("#fullDate")));
        assertFalse(robot.lookup(".today-mark").query().isVisible());
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        robot.push(KeyCode.ALT, KeyCode.LEFT);
        waitUntil(() -> "Thursday, 26 November 2026".equals(text("#fullDate")));
        robot.push(KeyCode.CONTROL, KeyCode.T);
        waitUntil(() -> "Friday, 27 November 2026".equals(text("#fullDate")));

        robot.push(KeyCode.CONTROL, KeyCode.D);
        robot.write("15/12/2026").push(KeyCode.ENTER);
        waitUntil(() -> "Tuesday, 15 December 2026".equals(text("#fullDate")));

        // a date that does not exist is refused and the chosen date stays
        robot.push(KeyCode.CONTROL, KeyCode.D);
        robot.write("31/02/2026").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Tuesday, 15 December 2026", text("#fullDate"));
        waitUntil(() -> text("#statusBar .label") != null && text("#statusBar .label").startsWith("31/02/2026 is not a date"));

        // the date is shared: another section shows the same date
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertEquals("Tuesday, 15 December 2026", text("#fullDate"));
    }

    @Test
    void startingEmptyAsksTheCentresNameAndRefusesABlankOne() throws Exception {
        startApp();
        waitUntil(() -> exists("#startEmpty"));
        robot.clickOn("#startEmpty");
        waitUntil(() -> robot.lookup("#createCentre").query().isVisible());
        robot.clickOn("#createCentre");
        waitUntil(() -> robot.lookup("#centre-name-error").query().isVisible());
        assertEquals("Please fill this in.", text("#centre-name-error"));

        robot.clickOn("#centre-name").write("Dagcentrum Het Anker");
        robot.clickOn("#centre-postcode").write("9300");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> exists("#centreName") && "Dagcentrum Het Anker".equals(text("#centreName")));
    }

    @Test
    void aRestartKeepsTheCentreAndOpensTheLastSection() throws Exception {
        startWithDemo();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        assertSection("Participants", "#nav-participants");
        stopApp();

        startApp();
        waitUntil(() -> exists("#centreName") && DemoCentre.NAME.equals(text("#centreName")));
        assertFalse(exists("#startDemo"), "no welcome page once the centre exists");
        assertSection("Participants", "#nav-participants");
    }

    @Test
    void switchingToDutchInSettingsRelabelsTheWindowAndIsRemembered() throws Exception {
        startWithDemo();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT7);
        waitUntil(() -> exists("#languageChoice"));
        robot.clickOn("#languageChoice");
        robot.clickOn("Nederlands");
        waitUntil(() -> "Vandaag".equals(text("#nav-today")));
        assertEquals("vrijdag 27 november 2026", text("#fullDate"));
        assertSection("Instellingen", "#nav-settings");
        stopApp();

        startApp();
        waitUntil(() -> exists("#nav-today") && "Vandaag".equals(text("#nav-today")));
    }

    @Test
    void aSecondCopyOnTheSameDataFolderSaysDagpuzzelIsAlreadyOpen() throws Exception {
        try (Store alreadyOpen = new StoreOpener().open(dataDir)) {
            startApp();
            waitUntil(() -> exists("#alreadyOpen"));
            assertTrue(text("#problemText").startsWith("Dagpuzzel is already open on this data folder:"));
            assertTrue(text("#problemText").contains(dataDir.toAbsolutePath().normalize().toString()));
        }
    }

    @Test
    void aDamagedStoreOffersTheNewestBackupAndOpensWithIt() throws Exception {
        startWithDemo();
        stopApp(); // the first start took today's backup
        java.nio.file.Files.write(dataDir.resolve(StoreOpener.DATABASE_FILE), "not a database".getBytes());
        startApp();
        waitUntil(() -> exists("#useBackup"));
        assertTrue(text("#problemText").contains("The newest backup is from"), text("#problemText"));
        assertTrue(text("#problemText").contains("is damaged or is not a Dagpuzzel file"), text("#problemText"));
        assertFalse(text("#problemText").contains("SQL"), "no technical text for the user: " + text("#problemText"));
        robot.clickOn("#useBackup");
        waitUntil(() -> exists("#centreName") && DemoCentre.NAME.equals(text("#centreName")));
        try (var files = java.nio.file.Files.list(dataDir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("dagpuzzel-replaced-")));
        }
    }

    @Test
    void restoringABackupFromTheFileMenuBringsBackTheDataOfThatMomentAndKeepsTheCurrentOne() throws Exception {
        startWithDemo();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT7);
        waitUntil(() -> exists("#centre-name"));
        stopApp(); // today's backup holds the centre as "Dagverzorgingscentrum De Linde"
        startApp();
        waitUntil(() -> exists("#centre-name") && DemoCentre.NAME.equals(text("#centreName")));
        robot.doubleClickOn("#centre-name").push(KeyCode.CONTROL, KeyCode.A).write("DVC Renamed").push(KeyCode.ENTER);
        waitUntil(() -> "DVC Renamed".equals(text("#centreName")));

        robot.clickOn("File").clickOn("Restore a backup…");
        waitUntil(() -> exists("#backupList"));
        robot.clickOn("Restore");
        waitUntil(() -> exists("#centreName") && DemoCentre.NAME.equals(text("#centreName")));
        try (var files = java.nio.file.Files.list(dataDir.resolve("backups"))) {
            assertEquals(2, files.count(), "the renamed state was backed up before restoring");
        }
    }

    private void assertSection(String title, String navId) throws Exception {
        waitUntil(() -> title.equals(text(".section-content .section-title")));
        assertTrue(robot.lookup(navId).queryAs(ToggleButton.class).isSelected(), navId + " selected");
    }

}
