package be.dagpuzzel.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class ErrorDialogsTest {

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Platform.setImplicitExit(false);
    }

    @AfterEach
    void closeDialogs() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void anUnexpectedErrorIsShownInTheUsersLanguageWithTheLogFileAndNoStackTrace() throws Exception {
        Path log = Path.of("/data/dagpuzzel/logs/dagpuzzel-0.log");
        ErrorDialogs dialogs = new ErrorDialogs(() -> new Messages(Language.DUTCH.locale(Locale.ROOT)), () -> null, log);
        Platform.runLater(() -> dialogs.report(new IllegalStateException("disk full", new java.io.IOException("no space"))));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("Er ging iets mis dat Dagpuzzel niet verwachtte.", pane.getHeaderText());
        String body = ((Label) ((javafx.scene.layout.VBox) pane.getContent()).getChildren().getFirst()).getText();
        assertTrue(body.contains(log.toString()), body);
        TextArea details = (TextArea) ((javafx.scene.layout.VBox) pane.getExpandableContent()).getChildren().get(1);
        assertEquals("IllegalStateException: disk full\n← IOException: no space", details.getText());
        assertFalse(details.getText().contains("\tat "), "no stack trace lines");

        Platform.runLater(() -> ((Stage) pane.getScene().getWindow()).close());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(Window.getWindows().stream().noneMatch(w -> w.getScene().getRoot() instanceof DialogPane));
    }

    @Test
    void aFullDiskIsSaidPlainlyWithWhatToDoAndTheSectionsReadTheStoreAgain(@org.junit.jupiter.api.io.TempDir Path dataDir)
            throws Exception {
        Throwable failed = editOnAFullDisk(dataDir);
        Path log = dataDir.resolve("logs").resolve("dagpuzzel-0.log");
        ErrorDialogs dialogs = new ErrorDialogs(() -> new Messages(Language.DUTCH.locale(Locale.ROOT)), () -> null, log,
                dataDir);
        java.util.concurrent.atomic.AtomicInteger reread = new java.util.concurrent.atomic.AtomicInteger();
        dialogs.afterDiskProblem(reread::incrementAndGet);
        // as a viewmodel hands it on: its own exception around the store's
        Platform.runLater(() -> dialogs.report(new IllegalStateException("saving the absence failed", failed)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());

        DialogPane pane = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertEquals("De schijf is vol: uw laatste wijziging werd niet bewaard.", pane.getHeaderText());
        String body = ((Label) ((javafx.scene.layout.VBox) pane.getContent()).getChildren().getFirst()).getText();
        assertTrue(body.contains(dataDir.toString()), body);
        assertTrue(body.contains("Maak wat ruimte vrij"), body);
        assertEquals(0, reread.get());

        Platform.runLater(() -> ((Stage) pane.getScene().getWindow()).close());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, reread.get(), "after the message the sections show what is really stored");
    }

    @Test
    void aDataFolderThatMayNoLongerBeWrittenSaysToRestartOnceItMayInEnglish() {
        Path dataDir = Path.of("/media/usb/dagpuzzel");
        ErrorDialogs dialogs = new ErrorDialogs(() -> null, () -> null, dataDir.resolve("logs").resolve("dagpuzzel-0.log"));
        Messages english = new Messages(Language.ENGLISH.locale(Locale.ROOT));
        ErrorDialogs.Texts texts = dialogs.texts(english, new org.jooq.exception.DataAccessException("insert",
                new java.sql.SQLException("The database is read only", "90097", 90097)));
        assertEquals("Dagpuzzel may no longer write its data: your last change was not saved.", texts.header());
        assertTrue(texts.body().contains(dataDir.toString()), texts.body());
        assertTrue(texts.body().contains("close Dagpuzzel and start it again"), texts.body());
        assertTrue(texts.diskProblem());
        assertEquals(english.get("error.header"), dialogs.texts(english, new IllegalStateException("bug")).header());
    }

    /** The exception of a store edit that failed because the disk is full, as H2 and jOOQ give it. */
    private static Throwable editOnAFullDisk(Path dataDir) throws Exception {
        try (be.dagpuzzel.store.Store store = be.dagpuzzel.store.FullDisk.open(dataDir)) {
            be.dagpuzzel.store.FullDisk.fill(dataDir);
            try {
                store.transaction(dsl -> dsl.insertInto(be.dagpuzzel.store.jooq.Tables.CENTRE)
                        .set(be.dagpuzzel.store.jooq.Tables.CENTRE.NAME, "De Linde").execute());
                throw new AssertionError("the edit should have failed");
            } catch (RuntimeException e) {
                return e;
            } finally {
                be.dagpuzzel.store.FullDisk.free(dataDir);
            }
        }
    }
}
