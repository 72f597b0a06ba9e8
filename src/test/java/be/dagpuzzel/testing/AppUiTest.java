package be.dagpuzzel.testing;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import be.dagpuzzel.app.DagpuzzelApp;
import be.dagpuzzel.app.StartOptions;
import be.dagpuzzel.demo.DemoCentre;

/**
 * Starts the real app on a temporary data folder on Friday 27 November 2026, 08:05, and offers
 * the few helpers a screen test needs. Subclasses drive it as the nurse would.
 */
public abstract class AppUiTest {

    protected static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    protected static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    protected static final Clock FRIDAY_MORNING = Clock.fixed(FRIDAY.atTime(8, 5).atZone(BRUSSELS).toInstant(), BRUSSELS);

    private static Stage primaryStage;

    @TempDir
    protected Path dataDir;
    protected final FxRobot robot = new FxRobot();
    protected Stage stage;
    private DagpuzzelApp app;

    @BeforeAll
    static void toolkit() throws Exception {
        // printed PDFs are checked as files; no system viewer pops up during tests
        System.setProperty("dagpuzzel.noViewer", "true");
        primaryStage = FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    protected void startApp() throws Exception {
        stage = primaryStage;
        app = (DagpuzzelApp) FxToolkit.setupApplication(() -> createApp(
                new StartOptions(Optional.of(dataDir), false, false, false, false), FRIDAY_MORNING));
    }

    /** The app under test; a test may give it more (fixed files for export and import, say). */
    protected DagpuzzelApp createApp(StartOptions options, Clock clock) {
        return new DagpuzzelApp(options, clock);
    }

    /** Starts on an empty store and chooses the demo centre on the welcome page. */
    protected void startWithDemo() throws Exception {
        startApp();
        waitForSlowStep(() -> exists("#startDemo"));
        robot.clickOn("#startDemo");
        waitForSlowStep(() -> DemoCentre.NAME.equals(text("#centreName")));
    }

    /**
     * Waits longer, for the slow steps: the first start in a test JVM and filling the demo centre
     * (two weeks of rosters planned with the solver, and 18 months of history), which on a busy two-core machine with other
     * builds beside it take longer than the usual wait.
     */
    public static void waitForSlowStep(Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(condition.get()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    protected void stopApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    protected boolean exists(String query) {
        return robot.lookup(query).tryQuery().isPresent();
    }

    protected boolean visible(String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** The text of the first labeled node matching {@code query}, or null. */
    protected String text(String query) {
        Optional<Node> node = robot.lookup(query).tryQuery();
        return node.filter(Labeled.class::isInstance).map(n -> ((Labeled) n).getText()).orElse(null);
    }

    protected static void waitUntil(Supplier<Boolean> condition) throws Exception {
        waitUntil(15, condition);
    }

    /**
     * Filling the demo centre took 27-38 s on a machine shared by several builds (load 20 on two
     * cores), with or without the change under test, where 15 s is plenty otherwise.
     */
    protected static final int DEMO_FILL_SECONDS = 60;

    protected static void waitUntil(int seconds, Supplier<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> Boolean.TRUE.equals(condition.get()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
