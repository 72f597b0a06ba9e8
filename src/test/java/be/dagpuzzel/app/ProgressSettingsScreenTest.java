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
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import be.dagpuzzel.demo.DemoCentre;

/**
 * Settings › Progress in the real app: a ladder step added by keyboard and taken back; and the
 * staff register's "Progress page" button, which opens the Progress section on the worker.
 */
class ProgressSettingsScreenTest {

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

    @AfterEach
    void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    @Test
    void aNurseAddsALadderStepByKeyboardAndOpensAWorkersProgressPageFromTheStaffRegister() throws Exception {
        app = (DagpuzzelApp) FxToolkit.setupApplication(() -> new DagpuzzelApp(
                new StartOptions(Optional.of(dataDir), false, false, false, false), FRIDAY_MORNING));
        waitUntil(() -> exists("#startDemo"));
        robot.clickOn("#startDemo");
        waitUntil(() -> DemoCentre.NAME.equals(text("#centreName")));

        robot.push(KeyCode.CONTROL, KeyCode.DIGIT7);
        waitUntil(() -> exists("#page-progress"));
        robot.clickOn("#page-progress");
        waitUntil(() -> cells("#ladderTaskList").contains("Driver · 3 steps"));
        robot.clickOn(cell("#ladderTaskList", "Driver · 3 steps"));
        waitUntil(() -> steps().size() == 3);
        assertEquals("1. Rides along as bus companion · Watches and helps · usually 7 days", steps().getFirst());

        // Ctrl+N goes to the new step's name; Enter adds it at the end of the ladder
        robot.push(KeyCode.CONTROL, KeyCode.N);
        robot.write("Drives the minibus alone").push(KeyCode.ENTER);
        waitUntil(() -> steps().size() == 4);
        assertEquals("4. Drives the minibus alone · Watches and helps", steps().get(3));
        assertEquals("Drives the minibus alone", ((javafx.scene.control.TextField) robot.lookup("#ladderStep-name")
                .query()).getText(), "the new step is shown in the form");
        assertTrue(cells("#ladderTaskList").contains("Driver · 4 steps"));

        // Ctrl+Z takes it back
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> steps().size() == 3);
        waitUntil(() -> cells("#ladderTaskList").contains("Driver · 3 steps"));

        // a worker the Progress section follows has a button to their progress page; a regular employee has none
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        waitUntil(() -> exists("#staffSearch"));
        openStaff("Gerda Verstraeten");
        assertFalse(robot.lookup("#openProgressPage").query().isVisible());
        openStaff("Hassan El Amrani");
        waitUntil(() -> robot.lookup("#openProgressPage").query().isVisible());
        robot.clickOn("#openProgressPage");
        waitUntil(() -> exists("#progressName") && robot.lookup("#progressName").query().isVisible()
                && "Hassan El Amrani".equals(text("#progressName")));
    }

    private void openStaff(String name) throws Exception {
        robot.clickOn("#staffSearch");
        robot.push(KeyCode.CONTROL, KeyCode.A).write(name);
        waitUntil(() -> robot.lookup("#staffTable .table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && name.equals(c.getText())).tryQuery().isPresent());
        Node row = robot.lookup("#staffTable .table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && name.equals(c.getText())).query();
        robot.clickOn(row);
        waitUntil(() -> name.equals(text("#staffName")));
    }

    private Node cell(String list, String text) {
        return robot.lookup(list + " .list-cell").match(n -> n instanceof ListCell<?> c && text.equals(cellText(c))).query();
    }

    private List<String> cells(String list) {
        return robot.lookup(list + " .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null && c.isVisible())
                .sorted(Comparator.comparingInt(ListCell::getIndex))
                .map(ProgressSettingsScreenTest::cellText).toList();
    }

    /** The step list's lines as a screen reader hears them (the cell shows them on two lines). */
    private List<String> steps() {
        return robot.lookup("#ladderStepList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null && c.isVisible())
                .sorted(Comparator.comparingInt(ListCell::getIndex))
                .map(ListCell::getAccessibleText).toList();
    }

    private static String cellText(ListCell<?> c) {
        return c.getText();
    }

    private boolean exists(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    private String text(String query) {
        Optional<Node> node = robot.lookup(query).tryQuery();
        return node.map(n -> n instanceof Labeled l ? l.getText() : null).orElse(null);
    }

    private static void waitUntil(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(condition.get()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
