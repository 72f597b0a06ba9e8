package be.dagpuzzel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableRow;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import be.dagpuzzel.demo.DemoCentre;

/** The day templates page of the real app, edited by mouse and keyboard and read back after a restart. */
class DayTemplatesScreenTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Clock FRIDAY_MORNING = Clock.fixed(
            LocalDate.of(2026, 11, 27).atTime(8, 5).atZone(BRUSSELS).toInstant(), BRUSSELS);

    @TempDir
    Path dataDir;
    private final FxRobot robot = new FxRobot();
    private DagpuzzelApp app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    private void startApp() throws Exception {
        app = (DagpuzzelApp) FxToolkit.setupApplication(() -> new DagpuzzelApp(
                new StartOptions(Optional.of(dataDir), false, false, false, false), FRIDAY_MORNING));
    }

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aNurseEditsWednesdaysTemplateAndFindsItAgainAfterARestart() throws Exception {
        startApp();
        waitUntil(() -> exists("#startDemo"));
        robot.clickOn("#startDemo");
        // filling the demo with its years of history takes longer than 15 s on a busy machine
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> DemoCentre.NAME.equals(text("#centreName")));
        openWednesday();
        assertEquals("Kitchen | Keuken middagmaal | 09:30 | 14:00 | 2", row(6));

        // change a slot's label and end by mouse and keyboard; the end is typed as 1330
        robot.clickOn(cell("Keuken middagmaal"));
        replace("#slot-label", "Keuken warm middagmaal").push(KeyCode.TAB);
        replace("#slot-end", "1330").push(KeyCode.ENTER);
        waitUntil(() -> "Kitchen | Keuken warm middagmaal | 09:30 | 13:30 | 2".equals(row(6)));

        // an end before the start is refused at the field, the stored slot stays as it was
        replace("#slot-end", "8u").push(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#slot-end-error").query().isVisible());
        assertEquals("The end lies before the start.", text("#slot-end-error"));
        robot.push(KeyCode.ESCAPE);
        waitUntil(() -> !robot.lookup("#slot-end-error").query().isVisible());
        assertEquals("Kitchen | Keuken warm middagmaal | 09:30 | 13:30 | 2", row(6));

        // Ctrl+N adds a slot after the chosen one's pattern; the label field has the focus
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> rows().size() == 14);
        robot.write("Afwas").push(KeyCode.TAB).write("13u30").push(KeyCode.TAB).write("15:00").push(KeyCode.TAB)
                .write("1").push(KeyCode.ENTER);
        waitUntil(() -> "Kitchen | Afwas | 13:30 | 15:00 | 1".equals(row(7)));

        // Delete removes a slot, Ctrl+Z brings it back in its place; then one is removed for good
        robot.clickOn(cell("Verzorging"));
        robot.push(KeyCode.DELETE);
        waitUntil(() -> rows().size() == 13);
        assertTrue(text("#templatesNotice").contains("Ctrl+Z"));
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> rows().size() == 14);
        assertEquals("Care | Verzorging | 09:30 | 12:00 | 2", row(8), "back in its place");
        robot.clickOn(cell("Logistiek en was"));
        robot.push(KeyCode.DELETE);
        waitUntil(() -> rows().size() == 13);
        List<String> edited = rows();
        waitUntil(() -> "All changes saved".equals(text("#statusBar")));
        stopApp();

        startApp();
        waitUntil(() -> DemoCentre.NAME.equals(text("#centreName")));
        openWednesday();
        assertEquals(edited, rows());
        assertTrue(rows().contains("Kitchen | Keuken warm middagmaal | 09:30 | 13:30 | 2"));
        assertTrue(rows().contains("Kitchen | Afwas | 13:30 | 15:00 | 1"));
        assertFalse(rows().stream().anyMatch(r -> r.contains("Logistiek en was")));
        // the other days were left alone
        robot.clickOn("#weekday-thursday");
        waitUntil(() -> rows().contains("Logistics | Logistiek en was | 09:30 | 15:00 | 1"));
    }

    private void openWednesday() throws Exception {
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT7);
        waitUntil(() -> exists("#page-dayTemplates"));
        robot.clickOn("#page-dayTemplates");
        waitUntil(() -> exists("#weekday-wednesday"));
        robot.clickOn("#weekday-wednesday");
        waitUntil(() -> rows().contains("Animation | Animatie grote groep | 09:30 | 15:30 | 1"));
    }

    private FxRobot replace(String field, String text) {
        robot.clickOn(field);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        return robot.write(text);
    }

    private Node cell(String text) {
        return robot.lookup("#slotTable .table-cell").match(n -> n instanceof TableCell<?, ?> c
                && text.equals(c.getText())).query();
    }

    private String row(int index) {
        List<String> rows = rows();
        return index < rows.size() ? rows.get(index) : null;
    }

    /** What the table shows, row by row: the cells' texts joined with " | ". */
    private List<String> rows() {
        return robot.lookup("#slotTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(r -> r.getItem() != null && r.isVisible())
                .sorted(Comparator.comparingInt(TableRow::getIndex))
                .map(r -> String.join(" | ", r.getChildrenUnmodifiable().stream()
                        .filter(TableCell.class::isInstance).map(c -> String.valueOf(((TableCell<?, ?>) c).getText()))
                        .toList()))
                .toList();
    }

    private boolean exists(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    private String text(String query) {
        Optional<Node> node = robot.lookup(query).tryQuery();
        return node.map(n -> n instanceof Labeled l ? l.getText()
                : n instanceof org.controlsfx.control.StatusBar s ? s.getText() : null).orElse(null);
    }

    private static void waitUntil(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(condition.get()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
